import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleBeside, nodeSqliteBinding } from '../helpers/bundle-beside';
import { makeTempDir } from '../helpers/temp-dir';

const execFileAsync = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

describe('the evaluator and PDF workers in an esbuild bundle (how the Electron main runs them)', () => {
  const dir = makeTempDir();
  // Outside the repository: the bundles must run without node_modules, as in the packaged app.
  const out = makeTempDir();
  afterAll(() => {
    out.remove();
    dir.remove();
  });

  it('grade an answer and render a PDF from sibling .cjs workers in plain Node, without tsx or node_modules', async () => {
    // The same worker entries scripts/build-main.mjs builds next to dist/main/main.cjs.
    const main = await bundleBeside(out.path, 'tests/helpers/bundled-workers-entry.ts', {
      'evaluator-worker': 'electron/main/attempts/evaluator-worker.ts',
      'grammar-worker': 'electron/main/attempts/grammar-worker.ts',
      'pdf-worker': 'electron/main/reports/pdf-worker.ts',
    });

    const { stdout } = await execFileAsync(
      process.execPath,
      [main, dir.path, path.join(root, 'resources'), nodeSqliteBinding()],
      {
        cwd: out.path,
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    );
    const result = JSON.parse(stdout) as { overall: number; pages: number; pdfHeader: string };
    expect(result.overall).toBeGreaterThan(0);
    expect(result.pages).toBeGreaterThanOrEqual(1);
    expect(result.pdfHeader).toBe('%PDF-');
  }, 240_000);
});
