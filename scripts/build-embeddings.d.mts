export const WORD_VECTORS_FILE: string;
export const FORMAT_VERSION: number;
export const VOCABULARY: number;
export function wordVectorsKey(): string;
export function buildWordVectors(options: { outFile: string; vocabulary?: number }): {
  words: number;
  bytes: number;
  baseline: number;
};
