// The evaluator's word vectors (scripts/build-embeddings.mjs → dist/main/word-vectors.bin) ship as
// a file beside the evaluator worker, like Harper's WASM. Running from source (tsx) there is no
// such file unless INTERVYOU_WORD_VECTORS names one; the evaluator then judges by words alone.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORD_VECTORS_FILE = 'word-vectors.bin';

export function wordVectorCandidates(): string[] {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), WORD_VECTORS_FILE);
  const fromEnv = process.env['INTERVYOU_WORD_VECTORS'];
  return fromEnv ? [fromEnv, beside] : [beside];
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
