import { describe, expect, it } from 'vitest';
import { buildMockReport, type MockAnswerResult } from '../../../shared/domain/mock/mock-report';

function answer(index: number, category: string, overall: number | null, improve: string[] = []): MockAnswerResult {
  return {
    index,
    questionId: `q${index}`,
    questionText: `Question ${index}`,
    category,
    status: overall === null ? 'skipped' : 'answered',
    overall,
    subscores:
      overall === null ? null : { content: overall, structure: overall - 10, language: overall + 5, delivery: null },
    feedback: improve.map((area) => ({ kind: 'improve' as const, area, message: `Work on ${area}.` })),
    durationSec: 60,
    attemptId: overall === null ? null : `a${index}`,
  };
}

describe('the mock interview report', () => {
  const answers = [
    answer(0, 'hr-general', 82),
    answer(1, 'conflict', 48, ['result', 'specifics']),
    answer(2, 'conflict', 55, ['result']),
    answer(3, 'teamwork', 76),
    answer(4, 'product', null),
  ];

  it('totals over the answered questions; a skipped one is counted as skipped, not averaged in as zero', () => {
    const r = buildMockReport(answers, []);
    expect(r.total).toBe(Math.round(((82 + 48 + 55 + 76) / 4) * 10) / 10);
    expect(r).toMatchObject({ answered: 4, skipped: 1, strongestIndex: 0, weakestIndex: 1 });
  });

  it('averages sub-skills over scored answers and leaves missing ones empty', () => {
    const r = buildMockReport(answers, []);
    expect(r.subskills.content).toBe(65.3);
    expect(r.subskills.delivery).toBeNull();
  });

  it('suggests the weak category, the weakest sub-skill, a repeated habit and the skipped question', () => {
    const r = buildMockReport(answers, []);
    expect(r.practiseNext.map((s) => [s.kind, s.id])).toEqual([
      ['category', 'conflict'],
      ['subskill', 'structure'],
      ['habit', 'End with the result'],
      ['question', 'q4'],
    ]);
    expect(r.practiseNext[2]?.reason).toMatch(/Came up in 2 of 4 answers/);
  });

  it('compares with earlier mock interviews', () => {
    const first = buildMockReport(answers, []);
    expect(first.comparison).toMatchObject({ verdict: 'first', count: 0, rank: 1, previousTotal: null });
    const later = buildMockReport(answers, [
      { sessionId: 's2', endedAt: '2026-03-02T00:00:00Z', total: 40 },
      { sessionId: 's1', endedAt: '2026-03-01T00:00:00Z', total: 70 },
    ]);
    expect(later.comparison).toMatchObject({
      verdict: 'better',
      count: 2,
      previousTotal: 40,
      bestTotal: 70,
      rank: 2,
      history: [70, 40, first.total],
    });
    expect(later.comparison.delta).toBeCloseTo((first.total ?? 0) - 40, 5);
  });

  it('leaves earlier mocks where nothing was answered out of the comparison', () => {
    const r = buildMockReport(answers, [
      { sessionId: 's1', endedAt: '2026-03-01T00:00:00Z', total: 70 },
      { sessionId: 's2', endedAt: '2026-03-02T00:00:00Z', total: null },
    ]);
    expect(r.comparison).toMatchObject({ count: 1, previousTotal: 70, history: [70, r.total] });
  });

  it('handles an interview where nothing was answered', () => {
    const r = buildMockReport([answer(0, 'sales', null)], []);
    expect(r).toMatchObject({ total: null, answered: 0, skipped: 1, strongestIndex: null, weakestIndex: null });
    expect(r.comparison.verdict).toBe('unscored');
  });
});
