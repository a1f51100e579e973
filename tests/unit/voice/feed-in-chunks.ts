import { prng } from './synthetic';

/** Feeds a signal as a decoder would: ever longer prefixes, in chunks of random sizes (1–6,000 samples). */
export function feedInChunks(signal: Float32Array, seed: number, update: (soFar: Float32Array) => void): void {
  const random = prng(seed);
  let at = 0;
  while (at < signal.length) {
    at = Math.min(signal.length, at + 1 + Math.floor(random() * 6000));
    update(signal.subarray(0, at));
  }
}

/** The same bytes (a generic deep equal walks typed arrays one element at a time, far too slowly). */
export function sameBytes(
  a: Float32Array | Float64Array | Uint8Array,
  b: Float32Array | Float64Array | Uint8Array,
): boolean {
  const bytes = (x: typeof a) => Buffer.from(x.buffer, x.byteOffset, x.byteLength);
  return Buffer.compare(bytes(a), bytes(b)) === 0;
}
