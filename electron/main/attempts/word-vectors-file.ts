// The evaluator's word vectors (scripts/build-embeddings.mjs → dist/main/word-vectors.bin) ship as
// a file beside the evaluator worker, like Harper's WASM. Running from source (tsx) the worker looks
// in the repository's dist/main (after `npm run build:embeddings`) or where INTERVYOU_WORD_VECTORS
// says; with none, the evaluator judges by words alone.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORD_VECTORS_FILE = 'word-vectors.bin';

export function wordVectorCandidates(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, WORD_VECTORS_FILE);
  const fromSource = path.resolve(here, '../../../dist/main', WORD_VECTORS_FILE);
  const fromEnv = process.env['INTERVYOU_WORD_VECTORS'];
  return [
    ...(fromEnv ? [fromEnv] : []),
    beside,
    ...(here.endsWith(path.join('electron', 'main', 'attempts')) ? [fromSource] : []),
  ];
}

export async function readWordVectors(): Promise<Uint8Array | null> {
  for (const file of wordVectorCandidates()) {
    try {
      return new Uint8Array(await readFile(file));
    } catch {
      // Try the next place; none found means no vectors.
    }
  }
  console.warn('[evaluator] no word vector file found; relevance and key points are judged by words alone');
  return null;
}
