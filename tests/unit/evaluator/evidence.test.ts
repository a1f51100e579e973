import { beforeAll, describe, expect, it } from 'vitest';
import { buildEvaluation, EvaluationInput, type Evaluation } from '../../../shared/domain/evaluator';
import { createSemanticModel, type SemanticModel } from '../../../shared/domain/evaluator/semantics/semantic-model';
import { parseWordVectorFile } from '../../../shared/domain/evaluator/semantics/word-vectors';
import { evaluatorQuestion, loadBankQuestions } from '../../helpers/adversarial-set';
import { loadWordVectorBytes } from '../../helpers/word-vectors';

/**
 * Evidence must support the claim it is quoted for (issue 11): the typed answer to "Tell me about
 * a time you had to meet a very tight deadline" that showed every one of these faults.
 */
const bank = loadBankQuestions();
const deadline = bank.find((q) => q.id === 'beh-006');
if (!deadline) throw new Error('bank question beh-006 is missing');

const DEADLINE_ANSWER = [
  'Last spring our agency had three weeks instead of six to launch a booking site for a hotel client.',
  'I think it was kind of stressful for the team.',
  'We decided to cut some of the less important stuff, like the loyalty page.',
  'I set up daily check-ins and I built the payment form myself.',
  'I also asked a colleague from another team to test on weekends.',
  'In the end we delivered it on time.',
].join(' ');

let model: SemanticModel;
beforeAll(() => {
  model = createSemanticModel(parseWordVectorFile(loadWordVectorBytes()));
});

function evaluate(answer: string, withMeaning = true): Evaluation {
  return buildEvaluation(
    EvaluationInput.parse({ question: evaluatorQuestion(deadline!), answer }),
    null,
    withMeaning ? model : null,
  );
}

const sentences = (answer: string) => answer.match(/[^.!?]+[.!?]/gu)?.map((s) => s.trim()) ?? [];

describe.each([true, false])('evidence on the deadline example (meaning: %s)', (withMeaning) => {
  it('quotes the sentence that does what the key point says', () => {
    const r = evaluate(DEADLINE_ANSWER, withMeaning);
    const scope = r.keyPoints.find((k) => k.text.startsWith('Describes how they planned or cut scope'));
    expect(scope?.covered).toBe(true);
    expect(scope?.evidence).toContain('We decided to cut');
    for (const k of r.keyPoints) expect(k.evidence ?? '', k.text).not.toContain('kind of stressful');
  });

  it('does not mark "whether the deadline was met" missed when the result says it was', () => {
    const r = evaluate(DEADLINE_ANSWER, withMeaning);
    expect(r.metrics.star.result.present).toBe(true);
    expect(r.metrics.star.result.evidence).toContain('delivered it on time');
    const met = r.keyPoints.find((k) => k.text.startsWith('States whether the deadline was met'));
    expect(met?.covered).toBe(true);
    expect(met?.evidence).toBe(r.metrics.star.result.evidence);
  });

  it('assigns each STAR part its own sentence, and the action is a sentence of doing', () => {
    const r = evaluate(DEADLINE_ANSWER, withMeaning);
    const star = r.metrics.star;
    expect(star.situation.evidence).toContain('three weeks instead of six');
    expect(star.action.evidence).toMatch(/\b(?:I|We) (?:set up|decided|built|asked)\b/u);
    const quoted = [star.situation, star.task, star.action, star.result].flatMap((p) =>
      p.evidence ? [p.evidence] : [],
    );
    expect(new Set(quoted).size).toBe(quoted.length);
  });

  it('counts come with the sentences they count, and praise never contradicts the STAR panel', () => {
    const r = evaluate(DEADLINE_ANSWER, withMeaning);
    const own = r.feedback.find((f) => f.area === 'ownership');
    expect(own).toBeDefined();
    const count = Number(
      /"I" for (\d+)|"I" (\d+) times/u
        .exec(own?.message ?? '')
        ?.slice(1)
        .find(Boolean),
    );
    expect(count).toBe(r.metrics.ownership.iActions);
    for (const e of own?.evidence ?? []) expect(e).toMatch(/\bI\b/u);
    expect(own?.evidence.length).toBe(
      Math.min(3, sentences(DEADLINE_ANSWER).filter((s) => /\bI (?:set up|built|also asked)/u.test(s)).length),
    );
    const praisesStar = r.feedback.some((f) => f.kind === 'strength' && /Clear STAR structure/u.test(f.message));
    expect(praisesStar && !r.metrics.star.task.present).toBe(false);
  });
});
