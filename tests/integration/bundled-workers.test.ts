import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleBeside } from '../helpers/bundle-beside';
import { makeTempDir } from '../helpers/temp-dir';

const execFileAsync = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
// Inside the repository so the bundle's external packages resolve from node_modules, as in dist/.
const outDir = path.join(root, 'dist', `test-workers-${process.pid}`);

describe('the evaluator and PDF workers in an esbuild bundle (how the Electron main runs them)', () => {
  const dir = makeTempDir();
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    dir.remove();
  });

  it('grade an answer and render a PDF from sibling .js workers in plain Node, without tsx', async () => {
    // The same worker entries scripts/build-main.mjs builds next to dist/main/main.js.
    const main = await bundleBeside(outDir, 'tests/helpers/bundled-workers-entry.ts', {
      'evaluator-worker': 'electron/main/attempts/evaluator-worker.ts',
      'pdf-worker': 'electron/main/reports/pdf-worker.ts',
    });

    const { stdout } = await execFileAsync(process.execPath, [main, dir.path, path.join(root, 'resources')], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const result = JSON.parse(stdout) as { overall: number; pages: number; pdfHeader: string };
    expect(result.overall).toBeGreaterThan(0);
    expect(result.pages).toBeGreaterThanOrEqual(1);
    expect(result.pdfHeader).toBe('%PDF-');
  }, 240_000);
});
