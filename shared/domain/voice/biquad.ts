/**
 * Second-order IIR section (RBJ audio-EQ cookbook, Butterworth Q): the rumble high-pass of the
 * low band, run on the decimated signal where it costs a quarter as much. State is kept in
 * float64 locals.
 */
export interface Biquad {
  readonly b0: number;
  readonly b1: number;
  readonly b2: number;
  readonly a1: number;
  readonly a2: number;
}

const BUTTERWORTH_Q = Math.SQRT1_2;

export function highPass(cutoffHz: number, sampleRate: number): Biquad {
  const w0 = (2 * Math.PI * Math.min(cutoffHz, sampleRate * 0.45)) / sampleRate;
  const alpha = Math.sin(w0) / (2 * BUTTERWORTH_Q);
  const cos = Math.cos(w0);
  const a0 = 1 + alpha;
  return {
    b0: (1 + cos) / 2 / a0,
    b1: -(1 + cos) / a0,
    b2: (1 + cos) / 2 / a0,
    a1: (-2 * cos) / a0,
    a2: (1 - alpha) / a0,
  };
}

/** Filters `input` into `output` (may be the same array), direct form II transposed. */
export function applyBiquad(f: Biquad, input: Float32Array, output: Float32Array): Float32Array {
  const { b0, b1, b2, a1, a2 } = f;
  let z1 = 0;
  let z2 = 0;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const x = input[i] as number;
    const y = b0 * x + z1;
    z1 = b1 * x - a1 * y + z2;
    z2 = b2 * x - a2 * y;
    output[i] = y;
  }
  return output;
}
