import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { QUESTION_CATEGORIES, QuestionCategory, QuestionType } from '../../../shared/domain/questions/bank-schema';
import { createLocalEvaluator, type FeedbackArea, type LocalEvaluator } from '../../../shared/domain/evaluator';
import { loadWordVectorBytes } from '../../helpers/word-vectors';

/**
 * The calibration set: for every pair the stronger answer must outscore the weaker one, and the
 * weaker answer's feedback must name its weakness as an improvement (and the stronger's must not).
 */

const WEAKNESS_AREA = {
  'too-short': 'length',
  'rambling-fillers': 'fillers',
  'no-structure': 'structure',
  'off-topic': 'relevance',
  vague: 'specifics',
  'poor-grammar': 'grammar',
  'negative-tone': 'tone',
  'no-result': 'result',
} as const satisfies Record<string, FeedbackArea>;
type Weakness = keyof typeof WEAKNESS_AREA;
const WEAKNESSES = Object.keys(WEAKNESS_AREA) as Weakness[];

const Pair = z.object({
  id: z.string(),
  weakness: z.enum(WEAKNESSES as [Weakness, ...Weakness[]]),
  question: z.object({
    text: z.string().min(10),
    category: QuestionCategory,
    type: QuestionType.optional(),
    keyPoints: z.array(z.object({ text: z.string(), cues: z.array(z.string()) })).optional(),
  }),
  stronger: z.string().min(40),
  weaker: z.string().min(10),
});
const Fixture = z.object({ description: z.string(), pairs: z.array(Pair) });

const fixture = Fixture.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/calibration/pairs.json', import.meta.url), 'utf8')),
);
const pairs = fixture.pairs;

describe('calibration set', () => {
  it('has at least 44 pairs, 4 of each weakness, over all 12 categories, with and without key points', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(44);
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
    for (const w of WEAKNESSES) expect(pairs.filter((p) => p.weakness === w).length, w).toBeGreaterThanOrEqual(4);
    expect(new Set(pairs.map((p) => p.question.category))).toEqual(new Set(QUESTION_CATEGORIES));
    expect(pairs.some((p) => p.question.keyPoints === undefined)).toBe(true);
    expect(pairs.some((p) => (p.question.keyPoints?.length ?? 0) > 0)).toBe(true);
    for (const p of pairs) expect(p.stronger, p.id).not.toBe(p.weaker);
  });
});

describe('local evaluator on the calibration set', () => {
  let evaluator: LocalEvaluator;
  const gaps: Array<{ weakness: Weakness; gap: number; strong: number; weak: number }> = [];

  beforeAll(async () => {
    // As the app runs it: with the shipped word vectors.
    const bytes = loadWordVectorBytes();
    evaluator = createLocalEvaluator({ wordVectors: () => Promise.resolve(bytes) });
    await evaluator.init();
  });

  afterAll(async () => {
    await evaluator.dispose();
    if (gaps.length === 0) return;
    const stats = (xs: number[]): string =>
      `mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1)}, min ${Math.min(...xs)}, max ${Math.max(...xs)}`;
    const lines = [`calibration: ${gaps.length} pairs — strong−weak overall gap ${stats(gaps.map((g) => g.gap))}`];
    lines.push(`  strong overall ${stats(gaps.map((g) => g.strong))}; weak overall ${stats(gaps.map((g) => g.weak))}`);
    for (const w of WEAKNESSES) {
      const mine = gaps.filter((g) => g.weakness === w).map((g) => g.gap);
      if (mine.length > 0) lines.push(`  ${w.padEnd(17)} gap ${stats(mine)}`);
    }
    console.log(lines.join('\n'));
  });

  it.each(pairs.map((p) => [p.id, p] as const))('%s: stronger wins and the weakness is named', async (_id, pair) => {
    const strong = await evaluator.evaluate({ question: pair.question, answer: pair.stronger });
    const weak = await evaluator.evaluate({ question: pair.question, answer: pair.weaker });
    gaps.push({
      weakness: pair.weakness,
      gap: strong.overall - weak.overall,
      strong: strong.overall,
      weak: weak.overall,
    });

    expect(strong.overall).toBeGreaterThan(weak.overall);
    const area = WEAKNESS_AREA[pair.weakness];
    const weakImprove = weak.feedback.filter((f) => f.kind === 'improve').map((f) => f.area);
    const strongImprove = strong.feedback.filter((f) => f.kind === 'improve').map((f) => f.area);
    expect(weakImprove, `weak answer feedback should name "${area}"`).toContain(area);
    expect(strongImprove, `strong answer should not be told to improve "${area}"`).not.toContain(area);
  });
});
