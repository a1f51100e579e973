import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coach } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/temp-dir';

describe('coach CLI basics', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('lists its commands with help', async () => {
    const result = await coach(['help'], dir.path);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: npm run coach -- <command>/);
    expect(result.stdout).toContain('info');
  });

  it('exits 2 with one line for an unknown command or option', async () => {
    for (const args of [['frobnicate'], ['info', '--bogus'], []]) {
      const result = await coach(args, dir.path);
      expect(result.code).toBe(2);
      if (args.length) expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('reports the data folder from INTERVYOU_DATA_DIR as JSON', async () => {
    const result = await coach(['info', '--json'], dir.path);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ dataDir: dir.path, attempts: 0 });
  });
});
