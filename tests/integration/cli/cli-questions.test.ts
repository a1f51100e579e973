import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coach } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';

interface Listed {
  total: number;
  questions: Array<{
    id: string;
    category: string;
    difficulty: string;
    text: string;
    keyPoints: string[];
    modelAnswer: string | null;
  }>;
}

describe('coach questions', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('lists questions of a category as JSON, with key points', async () => {
    const result = await coach(['questions', '--category', 'system-design', '--limit', '5', '--json'], dir.path);
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as Listed;
    expect(out.questions).toHaveLength(5);
    expect(out.total).toBeGreaterThanOrEqual(30);
    for (const q of out.questions) {
      expect(q.category).toBe('system-design');
      expect(q.keyPoints.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('searches the bank, safely, and combines search with filters', async () => {
    const out = JSON.parse((await coach(['questions', '--search', 'cache', '--json'], dir.path)).stdout) as Listed;
    expect(out.questions.length).toBeGreaterThan(0);
    const hostile = await coach(['questions', '--search', '"NEAR( * -', '--json'], dir.path);
    expect(hostile.code).toBe(0);
    const filtered = JSON.parse(
      (await coach(['questions', '--search', 'customer', '--category', 'sales', '--json'], dir.path)).stdout,
    ) as Listed;
    for (const q of filtered.questions) expect(q.category).toBe('sales');
  });

  it('prints one line per question without --json', async () => {
    const result = await coach(['questions', '--category', 'conflict', '--limit', '3'], dir.path);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(4); // three questions and the "3 of N" hint
    expect(lines[0]).toMatch(/^conf-\d{3}\s+conflict\//);
  });

  it.each([
    [['questions', '--limit', '0']],
    [['questions', '--limit', 'ten']],
    [['questions', '--limit', '101']],
    [['questions', '--category', 'astrology']],
    [['questions', '--difficulty', 'extreme']],
    [['questions', '--search']],
    [['questions', 'stray']],
  ])('exits 2 with one line for bad arguments: %j', async (args) => {
    const result = await coach(args, dir.path);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
