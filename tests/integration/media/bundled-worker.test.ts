import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleBeside } from '../../helpers/bundle-beside';
import { answerFixture } from '../../helpers/media-fixtures';

const execFileAsync = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
// Inside the repository so the bundle's external packages resolve from node_modules, as in dist/.
const outDir = path.join(root, 'dist', `test-bundle-${process.pid}`);

describe('the analysis worker in an esbuild bundle (how the Electron main runs it)', () => {
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('loads the sibling analysis-worker.js in plain Node, without tsx', async () => {
    const fixture = await answerFixture();
    // The same entry scripts/build-main.mjs builds next to dist/main/main.js.
    const main = await bundleBeside(outDir, 'tests/helpers/bundled-analyze-entry.ts', {
      'analysis-worker': 'electron/main/media/analysis-worker.ts',
    });
    const { stdout } = await execFileAsync(process.execPath, [main, fixture.webmPath], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const metrics = JSON.parse(stdout) as { durationSec: number; pauseCount: number };
    expect(metrics.durationSec).toBeCloseTo(fixture.truth.durationSec, 0);
    expect(metrics.pauseCount).toBe(3);
  }, 120_000);
});
