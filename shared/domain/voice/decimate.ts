/**
 * Anti-aliased decimation to about 4 kHz. Pitch (60–500 Hz) and vowel intensity live well
 * below 2 kHz, and working at a quarter of 16 kHz makes the pitch search 16× cheaper
 * (a quarter of the samples per window times a quarter of the lags).
 */

/** Target rate of the decimated signal; the factor is the largest integer that stays ≥ it. */
export const DECIMATED_TARGET_RATE = 4000;

export interface Decimated {
  readonly samples: Float32Array;
  readonly sampleRate: number;
  readonly factor: number;
}

export function decimationFactor(sampleRate: number): number {
  return Math.max(1, Math.floor(sampleRate / DECIMATED_TARGET_RATE));
}

/** The decimation low-pass for one input rate (see decimate()). */
export interface DecimationFilter {
  readonly factor: number;
  readonly half: number;
  readonly taps: Float64Array;
}

export function decimationFilter(sampleRate: number): DecimationFilter {
  const factor = decimationFactor(sampleRate);
  const half = 3 * factor;
  return { factor, half, taps: lowPassTaps(half, 0.4 / factor) };
}

/** How many output samples an input of `n` samples decimates to. */
export function decimatedLength(n: number, factor: number): number {
  return Math.floor((n - 1) / factor) + 1;
}

/**
 * Output samples [from, to) of the first `n` input samples, written to out[from..to). While an
 * output's window lies inside the n samples its value does not depend on n, so a recording
 * still arriving can be decimated as it comes.
 */
export function decimateRange(
  f: DecimationFilter,
  input: Float32Array,
  n: number,
  from: number,
  to: number,
  out: Float32Array,
): void {
  const { half, taps, factor } = f;
  const centreTap = taps[half] as number;
  for (let k = from; k < to; k++) {
    const centre = k * factor;
    let acc = 0;
    if (centre - half >= 0 && centre + half < n) {
      acc = centreTap * (input[centre] as number);
      for (let j = 1; j <= half; j++) {
        acc += (taps[half + j] as number) * ((input[centre - j] as number) + (input[centre + j] as number));
      }
    } else {
      for (let j = 0; j < taps.length; j++) {
        const i = centre - half + j;
        if (i >= 0 && i < n) acc += (taps[j] as number) * (input[i] as number);
      }
    }
    out[k] = acc;
  }
}

/**
 * Windowed-sinc (Hamming) low-pass FIR, cutoff at 40% of the output rate, evaluated only at
 * the kept samples. The filter is symmetric and centred, so output sample k lines up with
 * input sample k·factor (no delay to correct later), and the symmetry halves the multiplies.
 * At 16 kHz it has 25 taps: −53 dB stop band from about 2.7 kHz, so what folds back lands
 * above the pitch and vowel range that the decimated signal is used for.
 */
export function decimate(input: Float32Array, sampleRate: number): Decimated {
  const filter = decimationFilter(sampleRate);
  const { factor } = filter;
  if (factor === 1) return { samples: input, sampleRate, factor };
  const out = new Float32Array(decimatedLength(input.length, factor));
  decimateRange(filter, input, input.length, 0, out.length, out);
  return { samples: out, sampleRate: sampleRate / factor, factor };
}

/** 2·half+1 taps; `cutoff` is the cutoff as a fraction of the input sample rate. */
function lowPassTaps(half: number, cutoff: number): Float64Array {
  const length = 2 * half + 1;
  const taps = new Float64Array(length);
  let sum = 0;
  for (let j = 0; j < length; j++) {
    const m = j - half;
    const sinc = m === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * m) / (Math.PI * m);
    const w = 0.54 + 0.46 * Math.cos((Math.PI * m) / (half + 1));
    taps[j] = sinc * w;
    sum += sinc * w;
  }
  // Unity gain at DC so levels measured on the decimated signal stay in dBFS.
  for (let j = 0; j < length; j++) taps[j] = (taps[j] as number) / sum;
  return taps;
}
