import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { buildWordVectors, wordVectorsKey } from '../../scripts/build-embeddings.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const cacheDir = path.join(root, 'node_modules', '.cache', 'intervyou');

/**
 * The compacted word vector file the app ships (scripts/build-embeddings.mjs), built once into
 * node_modules/.cache and reused until the script, the vectors package or the question bank
 * changes. Unit tests run before `npm run build`, so they cannot use dist/.
 */
export function wordVectorsPath(): string {
  const file = path.join(cacheDir, `word-vectors-${wordVectorsKey()}.bin`);
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  // Parallel test workers may build at once: each writes its own file and renames it into place.
  const tmp = `${file}.${process.pid}.tmp`;
  buildWordVectors({ outFile: tmp });
  renameSync(tmp, file);
  return file;
}

export function loadWordVectorBytes(): Uint8Array {
  return new Uint8Array(readFileSync(wordVectorsPath()));
}
