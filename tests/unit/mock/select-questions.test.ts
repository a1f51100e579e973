import { describe, expect, it } from 'vitest';
import type { MockMix } from '../../../shared/domain/mock/mock-config';
import { selectMockQuestions, type MockCandidate } from '../../../shared/domain/mock/select-questions';

const DIFFS = ['easy', 'medium', 'hard'] as const;

function candidates(): MockCandidate[] {
  const out: MockCandidate[] = [];
  for (const category of ['behavioral', 'conflict', 'technical-software', 'hr-general', 'product']) {
    for (let i = 0; i < 6; i++) {
      out.push({
        id: `${category}-${i}`,
        category,
        type: category === 'hr-general' ? 'motivational' : 'behavioral',
        difficulty: DIFFS[i % 3] ?? 'easy',
        roles:
          category === 'technical-software'
            ? ['software-engineer']
            : category === 'product'
              ? ['product-manager']
              : ['any'],
      });
    }
  }
  return out;
}

const none = new Map<string, { lastDay: string }>();

describe('choosing questions for a mock interview', () => {
  it('spreads a category mix evenly and asks for exactly the number chosen', () => {
    const s = selectMockQuestions(
      candidates(),
      { kind: 'categories', categories: ['behavioral', 'conflict'] },
      4,
      none,
      '2026-03-10',
      'seed',
    );
    expect(s.ids).toHaveLength(4);
    expect(s.shortfall).toBe(0);
    const cats = s.ids.map((id) => id.replace(/-\d$/, ''));
    expect(cats.filter((c) => c === 'behavioral')).toHaveLength(2);
    expect(cats.filter((c) => c === 'conflict')).toHaveLength(2);
  });

  it('for a role, uses questions for that role or any role, never another role’s', () => {
    const s = selectMockQuestions(
      candidates(),
      { kind: 'role', role: 'software-engineer' },
      8,
      none,
      '2026-03-10',
      'seed',
    );
    expect(s.ids.some((id) => id.startsWith('product'))).toBe(false);
    expect(s.ids.some((id) => id.startsWith('technical-software'))).toBe(true);
  });

  it('opens with a motivational question and then goes from easy to hard', () => {
    const s = selectMockQuestions(
      candidates(),
      { kind: 'categories', categories: ['behavioral', 'hr-general', 'conflict'] },
      6,
      none,
      '2026-03-10',
      'x',
    );
    expect(s.ids[0]).toMatch(/^hr-general/);
    const byId = new Map(candidates().map((c) => [c.id, c]));
    const levels = s.ids.slice(1).map((id) => DIFFS.indexOf(byId.get(id)?.difficulty ?? 'easy'));
    expect(levels).toEqual([...levels].sort());
  });

  it('opens with an introduction and keeps “any questions for us?” for the end', () => {
    const hr = (id: string, tags: string[]): MockCandidate => ({
      id,
      category: 'hr-general',
      type: 'motivational',
      difficulty: 'easy',
      roles: ['any'],
      tags,
    });
    const pool = [
      hr('hr-010', ['candidate-questions']),
      hr('hr-004', ['strengths']),
      hr('hr-001', ['introduction']),
      { id: 'beh-1', category: 'behavioral', type: 'behavioral', difficulty: 'hard' as const, roles: ['any'] },
    ];
    const s = selectMockQuestions(
      pool,
      { kind: 'categories', categories: ['hr-general', 'behavioral'] },
      4,
      none,
      '2026-03-10',
      'seed',
    );
    expect(s.ids[0]).toBe('hr-001');
    expect(s.ids.at(-1)).toBe('hr-010');
  });

  it('prefers questions not answered in the last 30 days', () => {
    const history = new Map(
      candidates()
        .filter((c) => c.category === 'behavioral' && c.id !== 'behavioral-5')
        .map((c) => [c.id, { lastDay: '2026-03-01' }]),
    );
    const s = selectMockQuestions(
      candidates(),
      { kind: 'categories', categories: ['behavioral'] },
      1,
      history,
      '2026-03-10',
      'seed',
    );
    expect(s.ids).toEqual(['behavioral-5']);
  });

  it('reports a shortfall when the mix has too few questions, and none for an empty mix', () => {
    const s = selectMockQuestions(
      candidates(),
      { kind: 'categories', categories: ['conflict'] },
      10,
      none,
      '2026-03-10',
      'seed',
    );
    expect(s).toMatchObject({ shortfall: 4 });
    expect(new Set(s.ids).size).toBe(6);
    expect(selectMockQuestions([], { kind: 'categories', categories: ['sales'] }, 5, none, '2026-03-10', 's')).toEqual({
      ids: [],
      shortfall: 5,
    });
  });

  it('is reproducible from its seed and varies with it', () => {
    const mix: MockMix = { kind: 'categories', categories: ['behavioral', 'conflict', 'product'] };
    const a = selectMockQuestions(candidates(), mix, 5, none, '2026-03-10', 'one');
    expect(selectMockQuestions(candidates(), mix, 5, none, '2026-03-10', 'one')).toEqual(a);
    const others = ['two', 'three', 'four', 'five'].map((seed) =>
      selectMockQuestions(candidates(), mix, 5, none, '2026-03-10', seed).ids.join(),
    );
    expect(others.some((o) => o !== a.ids.join())).toBe(true);
  });
});
