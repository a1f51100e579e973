import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLocalEvaluator,
  type Evaluation,
  type GamingGuard,
  type LocalEvaluator,
} from '../../../shared/domain/evaluator';
import {
  ANSWER_KINDS,
  GAMING_FAMILIES,
  UNUSUAL_FORMS,
  loadAdversarialSet,
  type AdversarialAnswer,
} from '../../helpers/adversarial-set';
import { loadWordVectorBytes } from '../../helpers/word-vectors';

/**
 * The adversarial calibration set (issue 11): answers written to probe the evaluator. What each
 * kind must score:
 * - strong ≥ 65; strong in an unusual form (no STAR words, result first, concise, non-native,
 *   bullets, code, spoken transcript) ≥ 60;
 * - a paraphrase (synonyms, punctuation, numbers as words, contractions) within ±5 of its original;
 * - a generic answer padded to the strong one's length at least 10 below it, and < 60;
 * - vague answers < 60;
 * - every gaming attempt < 60, with feedback that names what it caught.
 */

const set = loadAdversarialSet();

const NAMED_BY: Readonly<Record<(typeof GAMING_FAMILIES)[number], (e: Evaluation) => boolean>> = {
  'keyword-list': guarded('keyword-list'),
  echo: guarded('echo'),
  placeholders: guarded('placeholders'),
  'cue-stuffing': guarded('cue-stuffing'),
  padding: guarded('padding'),
  shouting: guarded('shouting'),
  insults: (e) => e.feedback.some((f) => f.kind === 'improve' && f.area === 'tone'),
  'off-topic': (e) => e.feedback.some((f) => f.kind === 'improve' && f.area === 'relevance'),
};
function guarded(guard: GamingGuard): (e: Evaluation) => boolean {
  return (e) => e.feedback.some((f) => f.kind === 'improve' && f.guard === guard);
}

describe('adversarial set', () => {
  it('has at least 80 answers over at least 6 categories, every kind, gaming family and unusual form', () => {
    const answers = set.answers;
    expect(answers.length).toBeGreaterThanOrEqual(80);
    expect(new Set(answers.map((a) => a.id)).size).toBe(answers.length);
    const categories = new Set(
      [...set.questions.values()].map((q) => q.question.category ?? `free-text:${q.question.text}`),
    );
    expect(categories.size).toBeGreaterThanOrEqual(6);
    for (const kind of ANSWER_KINDS)
      expect(
        answers.some((a) => a.kind === kind),
        kind,
      ).toBe(true);
    for (const family of GAMING_FAMILIES)
      expect(
        answers.some((a) => a.family === family),
        family,
      ).toBe(true);
    for (const form of UNUSUAL_FORMS)
      expect(
        answers.some((a) => a.form === form),
        form,
      ).toBe(true);
    for (const a of answers) {
      expect(set.questions.has(a.question), a.id).toBe(true);
      if (a.kind === 'paraphrase' || a.kind === 'weak-padded')
        expect(
          answers.some((b) => b.id === a.of),
          a.id,
        ).toBe(true);
      if (a.kind === 'gaming') expect(a.family, a.id).toBeDefined();
    }
  });
});

describe('local evaluator on the adversarial set', () => {
  let evaluator: LocalEvaluator;
  const results = new Map<string, Evaluation>();

  beforeAll(async () => {
    const bytes = loadWordVectorBytes();
    evaluator = createLocalEvaluator({ wordVectors: () => Promise.resolve(bytes) });
    await evaluator.init();
    for (const a of set.answers) {
      const q = set.questions.get(a.question);
      if (!q) throw new Error(a.id);
      results.set(a.id, await evaluator.evaluate({ question: q.question, answer: a.text }));
    }
  }, 120_000);

  afterAll(async () => {
    await evaluator.dispose();
    const rows = set.answers.map((a) => {
      const r = results.get(a.id);
      const s = r?.subscores;
      return `${a.id.padEnd(40)} ${(a.family ?? a.form ?? a.kind).padEnd(15)} ${String(r?.overall).padStart(3)}  c${s?.content} s${s?.structure} l${s?.language} rel ${r?.metrics.relevance}`;
    });
    console.log(`adversarial set:\n${rows.join('\n')}`);
  });

  const score = (id: string | undefined): number => {
    const r = id === undefined ? undefined : results.get(id);
    if (!r) throw new Error(`no result for ${id}`);
    return r.overall;
  };

  it.each(set.answers.map((a) => [a.id, a] as const))('%s', (_id, a: AdversarialAnswer) => {
    const r = results.get(a.id);
    if (!r) throw new Error(a.id);
    switch (a.kind) {
      case 'strong':
        expect(r.overall).toBeGreaterThanOrEqual(65);
        break;
      case 'unusual-strong':
        expect(r.overall).toBeGreaterThanOrEqual(60);
        break;
      case 'paraphrase':
        expect(Math.abs(r.overall - score(a.of))).toBeLessThanOrEqual(5);
        break;
      case 'weak-padded':
        expect(r.overall).toBeLessThan(60);
        expect(score(a.of) - r.overall).toBeGreaterThanOrEqual(10);
        break;
      case 'vague':
        expect(r.overall).toBeLessThan(60);
        break;
      case 'gaming':
        expect(r.overall).toBeLessThan(60);
        expect(a.family && NAMED_BY[a.family](r), `feedback should name ${a.family}`).toBe(true);
        break;
    }
  });
});
