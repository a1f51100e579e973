import { describe, expect, it } from 'vitest';
import { extractJson } from '../../../shared/ai/json-reply';
import { AiReviewReply, quoteOccurs, rubricScore, toReview, RUBRIC_CRITERIA } from '../../../shared/ai/review';

const ANSWER = 'I led the migration to Postgres.  We cut query time by 40% and nobody was paged.';

describe('evidence quotes', () => {
  it('accepts exact words regardless of case, spacing, curly quotes and surrounding marks', () => {
    expect(quoteOccurs(ANSWER, 'led the migration to Postgres')).toBe(true);
    expect(quoteOccurs(ANSWER, '“We cut query time by 40%…”')).toBe(true);
    expect(quoteOccurs(ANSWER, 'postgres. we   cut')).toBe(true);
  });

  it('rejects words that are not in the answer, or too short to mean anything', () => {
    expect(quoteOccurs(ANSWER, 'cut query time by 50%')).toBe(false);
    expect(quoteOccurs(ANSWER, 'I managed a team of ten')).toBe(false);
    expect(quoteOccurs(ANSWER, '".."')).toBe(false);
  });
});

describe('rubric score', () => {
  it('maps mean marks 1..5 onto 0..100', () => {
    expect(rubricScore([{ score: 1 }, { score: 1 }])).toBe(0);
    expect(rubricScore([{ score: 5 }])).toBe(100);
    expect(rubricScore([{ score: 3 }, { score: 4 }])).toBe(63);
  });
});

describe('a review from the model reply', () => {
  it('drops invented quotes and counts them', () => {
    const judgement = { score: 4, reason: 'Clear.', evidence: ['led the migration', 'saved $1M'] };
    const reply = AiReviewReply.parse({
      rubric: Object.fromEntries(RUBRIC_CRITERIA.map((c) => [c, judgement])),
      improvedAnswer: 'I led the migration to Postgres, cutting query time by 40%.',
      nextSteps: ['a', 'bbb', 'ccc'].map((s) => s.padEnd(5, '.')),
    });
    const review = toReview(reply, ANSWER, { attemptId: 'a1', model: 'm', createdAt: 't' });
    expect(review.rubric.every((line) => line.evidence.join() === 'led the migration')).toBe(true);
    expect(review.droppedQuotes).toBe(6);
    expect(review.score).toBe(75);
  });
});

describe('JSON in a model reply', () => {
  it('reads plain, fenced and prose-wrapped JSON, and nothing from broken JSON', () => {
    expect(extractJson('{"a":1}')).toEqual({ a: 1 });
    expect(extractJson('```json\n{"a":2}\n```')).toEqual({ a: 2 });
    expect(extractJson('Here you go: {"a":3}. Hope it helps!')).toEqual({ a: 3 });
    expect(extractJson('{"a": 4')).toBeUndefined();
  });
});

describe('retries', () => {
  it('waits a full-jitter backoff below the exponential ceiling', async () => {
    const { backoffMs } = await import('../../../electron/main/ai/retry');
    const policy = { attempts: 5, baseMs: 100, capMs: 1000 };
    expect(backoffMs(policy, 0, () => 0.999)).toBe(99);
    expect(backoffMs(policy, 3, () => 0.5)).toBe(400);
    expect(backoffMs(policy, 10, () => 0.999)).toBe(999);
    expect(backoffMs(policy, 2, () => 0)).toBe(0);
  });

  it('reports at once when the server asks for a pause longer than a minute', async () => {
    const { withRetries } = await import('../../../electron/main/ai/retry');
    const { AiError } = await import('../../../electron/main/ai/ai-error');
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(new AiError('rate-limited', 'Slow down', 3_600_000));
    };
    await expect(withRetries(failing, { attempts: 3, baseMs: 1, capMs: 1 })).rejects.toThrow('Slow down');
    expect(calls).toBe(1);
  });
});
