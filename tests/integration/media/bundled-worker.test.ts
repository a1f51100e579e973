import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleBeside } from '../../helpers/bundle-beside';
import { answerFixture } from '../../helpers/media-fixtures';
import { makeTempDir } from '../../helpers/temp-dir';

const execFileAsync = promisify(execFile);

describe('the analysis worker in an esbuild bundle (how the Electron main runs it)', () => {
  // Outside the repository: the bundle must run without node_modules, as in the packaged app.
  const out = makeTempDir();
  afterAll(() => out.remove());

  it('loads the sibling analysis-worker.cjs in plain Node, without tsx or node_modules', async () => {
    const fixture = await answerFixture();
    // The same entry scripts/build-main.mjs builds next to dist/main/main.cjs.
    const main = await bundleBeside(out.path, 'tests/helpers/bundled-analyze-entry.ts', {
      'analysis-worker': 'electron/main/media/analysis-worker.ts',
    });
    const { stdout } = await execFileAsync(process.execPath, [main, fixture.webmPath], {
      cwd: out.path,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const metrics = JSON.parse(stdout) as { durationSec: number; pauseCount: number };
    expect(metrics.durationSec).toBeCloseTo(fixture.truth.durationSec, 0);
    expect(metrics.pauseCount).toBe(3);
  }, 120_000);

  it('keeps the main process running when a prewarmed worker fails as it loads', async () => {
    const dir = path.join(out.path, 'throwing');
    const main = await bundleBeside(dir, 'tests/helpers/bundled-prewarm-entry.ts', {
      'analysis-worker': 'tests/helpers/throwing-worker.ts',
    });
    const { stdout } = await execFileAsync(process.execPath, [main], {
      cwd: dir,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(stdout).toBe('still running\n');
  }, 120_000);
});
