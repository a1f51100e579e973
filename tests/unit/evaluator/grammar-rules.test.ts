import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarperChecker, createLocalEvaluator, type GrammarChecker } from '../../../shared/domain/evaluator';
import { plainText } from '../../../shared/domain/evaluator/grammar';
import { findAgreementSlips } from '../../../shared/domain/evaluator/text/agreement-rules';

const slips = (text: string) => findAgreementSlips(text).map((i) => [i.problem, i.suggestion]);

describe('agreement rules', () => {
  it('catch the slips harper misses in running text', () => {
    expect(slips('The developers said they was late, and its good for the team to know.')).toEqual([
      ['was', 'were'],
      ['its', "it's"],
    ]);
    expect(slips('The results was good and she don’t mind.')).toEqual([
      ['was', 'were'],
      ['don’t', "doesn't"],
    ]);
    expect(slips("She don't mind, and it's own users agreed.")).toEqual([
      ["don't", "doesn't"],
      ["it's", 'its'],
    ]);
  });

  it('leave correct English alone', () => {
    for (const ok of [
      'If it were up to me, we would ship on Friday.',
      'The process was slow and the analysis was wrong, but the sales were up.',
      'The team and its manager agreed; its time complexity is linear.',
      'They were late because we were behind, and it was fine.',
    ]) {
      expect(slips(ok), ok).toEqual([]);
    }
  });
});

describe('grammar feedback', () => {
  let checker: GrammarChecker;
  beforeAll(async () => {
    checker = createHarperChecker();
    await checker.init();
  });
  afterAll(() => checker.dispose());

  it('marks "they was" and "its good", drops the preposition guess on "client", and writes plain text', async () => {
    const issues = await checker.check(
      'I called the client and explained it. They was happy and its good for the team. I met client on Monday.',
    );
    expect(issues.map((i) => i.problem)).toEqual(['was', 'its']);
    for (const i of issues) expect(i.message).not.toContain('`');
    expect(plainText('Use `it’s` here')).toBe('Use “it’s” here');
  });

  it('gives a text it has seen (checked or pre-checked) the same issues again, as copies of its own', async () => {
    const text = 'We met the client twice. They was happy and its good for the team.';
    await checker.prime?.(text);
    const first = await checker.check(text);
    expect(first.map((i) => [i.problem, i.start, i.suggestion])).toEqual([
      ['was', text.indexOf('was'), 'were'],
      ['its', text.indexOf('its'), "it's"],
    ]);
    (first[0] as { start: number }).start = -1;
    expect(await checker.check(text)).toEqual(
      first.map((i, n) => (n === 0 ? { ...i, start: text.indexOf('was') } : i)),
    );
  });

  it('never says "no issues found" when one was marked', async () => {
    const evaluator = createLocalEvaluator({ grammar: checker });
    const r = await evaluator.evaluate({
      question: { text: 'Tell me about a time you helped a colleague.' },
      answer:
        'At my last job a new colleague was struggling with our ticket system, so I sat with her for two afternoons and wrote a short guide. They was all using it a week later, and her resolution time fell from 3 days to 1.',
    });
    expect(r.metrics.grammarIssueCount).toBeGreaterThan(0);
    expect(r.feedback.some((f) => /no grammar or spelling issues/iu.test(f.message))).toBe(false);
  });
});
