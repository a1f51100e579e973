import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { sharedLocalEvaluator } from '../../../electron/main/attempts/shared-evaluator';
import { coach } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';

const QUESTION = 'Tell me about a time you had to meet a very tight deadline.';
const STRONG =
  'Last spring at a logistics startup, our biggest client moved its launch forward by two weeks, so our integration had to ship in ten days instead of twenty-four. ' +
  'I was the lead developer and my task was to get a working, tested integration out without burning the team out. ' +
  'I cut the scope with the client to the three endpoints they needed on day one, split the work into daily milestones, and paired with a junior engineer on the riskiest parsing code. ' +
  'I also set up a 15-minute check-in each morning so blockers surfaced early. As a result we shipped on day nine with zero critical bugs, the client renewed for two years, and I learned to negotiate scope before adding hours.';
const WEAK = 'Um, I basically just worked really hard and, like, it was fine I guess.';

const KEYS = ['overall', 'subscores', 'metrics', 'feedback', 'evaluator'];

describe('coach evaluate', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeAll(async () => {
    await sharedLocalEvaluator().init();
  }, 120_000);
  afterAll(async () => sharedLocalEvaluator().dispose());
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('prints one JSON object with the documented keys', async () => {
    const result = await coach(
      ['evaluate', '--question', QUESTION, '--answer', STRONG, '--duration', '95', '--json'],
      dir.path,
    );
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(KEYS);
    expect(out).toMatchObject({
      evaluator: { kind: 'local' },
      subscores: { delivery: null },
      metrics: { durationSec: 95 },
    });
    // Worded like bank question beh-006: graded against the bank's key points, not derived ones.
    expect((out.metrics as { keyPointsDerived: boolean }).keyPointsDerived).toBe(false);
    expect(existsSync(path.join(dir.path, 'intervyou.sqlite'))).toBe(false); // evaluate needs no data folder
  });

  it('scores a stronger answer above a weaker one, from a file too', async () => {
    const file = path.join(dir.path, 'answer.txt');
    writeFileSync(file, WEAK);
    const strong = JSON.parse(
      (await coach(['evaluate', '--question', QUESTION, '--answer', STRONG, '--json'], dir.path)).stdout,
    ) as { overall: number };
    const weak = await coach(
      ['evaluate', '--question', QUESTION, '--category', 'behavioral', '--answer-file', file, '--json'],
      dir.path,
    );
    expect(weak.code).toBe(0);
    expect(strong.overall).toBeGreaterThan((JSON.parse(weak.stdout) as { overall: number }).overall + 20);
  });

  it('grades a free-text question that is not in the bank', async () => {
    const result = await coach(
      [
        'evaluate',
        '--question',
        'How would you onboard a new hire to our warehouse team?',
        '--answer',
        STRONG,
        '--json',
      ],
      dir.path,
    );
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { metrics: { keyPointsDerived: boolean } }).metrics.keyPointsDerived).toBe(
      true,
    );
  });

  it('prints a readable summary without --json', async () => {
    const result = await coach(['evaluate', '--question', QUESTION, '--answer', WEAK], dir.path);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Overall \d+\/100/);
    expect(result.stdout).toContain('To improve');
  });

  it('says why an answer cannot be graded, on one line, with exit code 1', async () => {
    for (const answer of ['   ', '🙂🙂🙂']) {
      const result = await coach(['evaluate', '--question', QUESTION, '--answer', answer, '--json'], dir.path);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stdout).toBe('');
    }
  });

  it.each([
    [['evaluate', '--answer', 'x']],
    [['evaluate', '--question', QUESTION]],
    [['evaluate', '--question', QUESTION, '--answer', 'a', '--answer-file', 'f.txt']],
    [['evaluate', '--question', QUESTION, '--answer', 'a', '--category', 'astrology']],
    [['evaluate', '--question', QUESTION, '--answer', 'a', '--duration', '-3']],
    [['evaluate', '--question', QUESTION, '--answer', 'a', '--duration', 'soon']],
    [['evaluate', '--question', QUESTION, '--answer-file', 'missing.txt']],
    [['evaluate', '--batch', 'missing.jsonl']],
    [['evaluate', '--batch', 'x.jsonl', '--question', QUESTION]],
    [['evaluate', '--question', QUESTION, '--answer', 'a', '--frobnicate']],
    [['evaluate', 'stray', '--question', QUESTION, '--answer', 'a']],
  ])('exits 2 with one line for bad arguments: %j', async (args) => {
    const result = await coach(args, dir.path);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('grades a JSONL batch with one output line per input line, and an error object for a bad line', async () => {
    const file = path.join(dir.path, 'batch.jsonl');
    const lines = [
      JSON.stringify({ question: QUESTION, answer: STRONG, durationSec: 90, coachRef: 'anna' }),
      '{ not json',
      JSON.stringify({ question: QUESTION, answer: '' }),
      JSON.stringify({ question: 'Why do you want this job?', category: 'hr-general', answer: WEAK }),
      JSON.stringify({ question: QUESTION, category: 'astrology', answer: STRONG }),
      '',
      JSON.stringify({ answer: STRONG }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await coach(['evaluate', '--batch', file], dir.path);
    expect(result.code).toBe(0);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(lines.length);
    expect(Object.keys(out[0] ?? {})).toEqual(KEYS);
    expect(Object.keys(out[3] ?? {})).toEqual(KEYS);
    expect(out[1]).toEqual({ error: { line: 2, code: 'bad-json', message: 'The line is not valid JSON' } });
    expect(out[2]).toMatchObject({ error: { line: 3, code: 'empty' } });
    expect(out[4]).toMatchObject({ error: { line: 5, code: 'bad-line', message: expect.stringMatching(/category/) } });
    expect(out[5]).toMatchObject({ error: { line: 6, code: 'bad-json', message: 'The line is empty' } });
    expect(out[6]).toMatchObject({ error: { line: 7, code: 'bad-line', message: expect.stringMatching(/question/) } });
    expect(result.stderr).toMatch(/5 of 7 lines could not be graded/);
  });
});
