/**
 * Fundamental frequency by YIN (de Cheveigné & Kawahara 2002) on the ≈4 kHz decimated signal,
 * evaluated only at frames the caller marks as speech, with the octave ambiguity resolved
 * along the track rather than frame by frame.
 *
 * The difference function is computed directly: at 4 kHz a 25 ms window is 100 samples
 * against ≤ 70 lags, cheaper in JavaScript than the FFT route at this size, and exact.
 *
 * A single frame cannot always tell a voice at f from one at f/2 or 2f: every multiple of the
 * period is also a dip, and strong harmonics make dips at fractions of it. YIN's fixed
 * threshold then errs an octave down on breathy high voices and an octave up on low ones.
 * So each frame keeps its few best dips as candidates, and a Viterbi pass over each voiced
 * stretch picks the path that balances dip depth against octave jumps between frames — the
 * same idea as Praat's path finder (its octave-jump cost is 0.35 too).
 */

export const PITCH_HOP_SEC = 0.01;
/** Integration window; also at least 1.5 periods of the lowest pitch searched. */
const MIN_WINDOW_SEC = 0.025;
/** A frame whose deepest dip is above this is aperiodic (unvoiced, noise). */
const VOICING_THRESHOLD = 0.3;
const RANGE_GRACE = 1.02;
/** Lags computed together in the difference function's inner loop. */
const LAG_UNROLL = 4;
/** Candidate dips kept per frame. */
const MAX_CANDIDATES = 4;
/**
 * Cost per octave below the top of the range. Breathy voices (and espeak's female voices)
 * often have a deeper dip at twice the period than at the period itself; a small bias for the
 * higher candidate — Praat's "octave cost", here on YIN's scale — settles them. Measured on
 * espeak-ng voices against Praat: 0.05 still leaves octave-down errors in female voices, 0.2
 * starts octave-up errors in male ones; 0.1 sits between.
 */
const OCTAVE_COST = 0.1;
/** Path cost per octave of pitch change between consecutive frames. */
const OCTAVE_JUMP_COST = 0.35;

export interface PitchRange {
  readonly minHz: number;
  readonly maxHz: number;
}

export interface PitchTrack {
  readonly hopSec: number;
  /** Pitch per frame (frame k is centred at k·hopSec); 0 where unvoiced or not analysed. */
  readonly hz: Float32Array;
}

export function pitchFrameCount(sampleCount: number, sampleRate: number): number {
  return Math.floor(sampleCount / sampleRate / PITCH_HOP_SEC) + 1;
}

/**
 * Each analysed frame's best dips, before the path through them is chosen: frame f owns slots
 * [f·MAX_CANDIDATES, …) of `hz` and `cost`, and has `counts[f]` of them (0: unvoiced, or not
 * analysed).
 */
export interface PitchCandidates {
  readonly sampleRate: number;
  readonly range: PitchRange;
  readonly counts: Uint8Array;
  readonly hz: Float32Array;
  readonly cost: Float32Array;
}

/**
 * @param signal decimated samples
 * @param frameMask 1 where frame k (centred at k·PITCH_HOP_SEC) should be analysed
 */
export function trackPitchYin(
  signal: Float32Array,
  sampleRate: number,
  frameMask: Uint8Array,
  range: PitchRange,
): PitchTrack {
  const frames = frameMask.length;
  const candidates = emptyCandidates(sampleRate, range, frames);
  const yin = yinFrames(sampleRate, range);
  for (let f = 0; f < frames; f++) {
    if (frameMask[f] === 1 && yin.fits(f, signal.length)) yin.analyse(signal, f, candidates);
  }
  return { hopSec: PITCH_HOP_SEC, hz: choosePitchTrack(candidates, frameMask) };
}

export interface PitchCandidatesBuilder {
  /** Analyses every frame the samples so far cover; each call passes a longer prefix of the same signal. */
  update(signalSoFar: Float32Array): void;
  /** Frames [0, frames) of the whole signal: every one trackPitchYin would analyse, and the rest. */
  finish(signal: Float32Array, frames: number): PitchCandidates;
}

/**
 * The candidates of every frame, computed while the signal is still arriving (a recording being
 * decoded). Frames do not depend on one another, so choosePitchTrack() over these with a mask
 * gives exactly what trackPitchYin() gives with that mask; the price is analysing the frames the
 * mask will drop (about a third more work, done while the decoder is busy anyway).
 */
export function pitchCandidatesBuilder(sampleRate: number, range: PitchRange): PitchCandidatesBuilder {
  const yin = yinFrames(sampleRate, range);
  let candidates = emptyCandidates(sampleRate, range, 1024);
  let next = 0;
  const analyseUpTo = (signal: Float32Array, end: number): void => {
    candidates = growCandidates(candidates, end);
    for (; next < end; next++) if (yin.fits(next, signal.length)) yin.analyse(signal, next, candidates);
  };
  return {
    update(signalSoFar) {
      let end = next;
      while (yin.start(end) + yin.length <= signalSoFar.length) end++;
      analyseUpTo(signalSoFar, end);
    },
    finish(signal, frames) {
      analyseUpTo(signal, frames);
      const { counts, hz, cost } = candidates;
      return {
        sampleRate,
        range,
        counts: counts.slice(0, frames),
        hz: hz.slice(0, frames * MAX_CANDIDATES),
        cost: cost.slice(0, frames * MAX_CANDIDATES),
      };
    },
  };
}

/** The pitch track: a Viterbi pass over each run of frames that the mask keeps and that have candidates. */
export function choosePitchTrack(candidates: PitchCandidates, frameMask: Uint8Array): Float32Array {
  const { counts, hz: candidateHz, cost: candidateCost } = candidates;
  if (counts.length !== frameMask.length) throw new RangeError('pitch candidates were computed from other samples');
  const frames = frameMask.length;
  const present = (f: number): boolean => frameMask[f] === 1 && (counts[f] as number) > 0;
  const hz = new Float32Array(frames);
  let f = 0;
  while (f < frames) {
    if (!present(f)) {
      f++;
      continue;
    }
    let end = f;
    while (end < frames && present(end)) end++;
    choosePath(f, end, counts, candidateHz, candidateCost, hz);
    f = end;
  }
  return hz;
}

function emptyCandidates(sampleRate: number, range: PitchRange, frames: number): PitchCandidates {
  return {
    sampleRate,
    range,
    counts: new Uint8Array(frames),
    hz: new Float32Array(frames * MAX_CANDIDATES),
    cost: new Float32Array(frames * MAX_CANDIDATES),
  };
}

/** Room for at least `frames` frames, doubling when it grows. */
function growCandidates(candidates: PitchCandidates, frames: number): PitchCandidates {
  if (frames <= candidates.counts.length) return candidates;
  const grown = emptyCandidates(
    candidates.sampleRate,
    candidates.range,
    Math.max(frames, candidates.counts.length * 2),
  );
  grown.counts.set(candidates.counts);
  grown.hz.set(candidates.hz);
  grown.cost.set(candidates.cost);
  return grown;
}

/** YIN on single frames, with the scratch buffers they share. */
function yinFrames(sampleRate: number, range: PitchRange) {
  // One lag beyond each end, so a pitch exactly at a limit is an interior minimum.
  const tauMin = Math.max(2, Math.floor(sampleRate / range.maxHz) - 1);
  const tauMax = Math.ceil(sampleRate / range.minHz) + 1;
  const window = Math.ceil(sampleRate * Math.max(MIN_WINDOW_SEC, 1.5 / range.minHz));
  const span = window + tauMax;
  const diff = new Float64Array(tauMax + 2 + LAG_UNROLL);
  const cmnd = new Float64Array(tauMax + 2);
  const frame = new Float64Array(span + 1 + LAG_UNROLL);
  const energy = new Float64Array(span + 2 + LAG_UNROLL);
  const start = (f: number): number => Math.round(f * PITCH_HOP_SEC * sampleRate) - (span >> 1);
  const length = span + 1 + LAG_UNROLL;
  return {
    /** First sample frame f reads. */
    start,
    /** Samples frame f reads from its start. */
    length,
    /** Whether frame f lies wholly inside a signal of n samples (frames that do not are never analysed). */
    fits: (f: number, n: number): boolean => start(f) >= 0 && start(f) + length <= n,
    analyse(signal: Float32Array, f: number, out: PitchCandidates): void {
      differenceFunction(signal, start(f), window, tauMax, frame, energy, diff);
      normalise(diff, cmnd, tauMax);
      out.counts[f] = collectCandidates(
        diff,
        cmnd,
        tauMin,
        tauMax,
        sampleRate,
        range,
        f * MAX_CANDIDATES,
        out.hz,
        out.cost,
      );
    },
  };
}

/**
 * YIN's difference d(τ) = Σ_{j<W} (x_j − x_{j+τ})², rewritten as e(0) + e(τ) − 2·r(τ) with the
 * energies from a prefix sum, so the inner loop is a plain dot product; four lags share each
 * load of x_j. Three times faster than the textbook loop in V8, same numbers (to rounding).
 */
function differenceFunction(
  x: Float32Array,
  start: number,
  window: number,
  tauMax: number,
  frame: Float64Array,
  energy: Float64Array,
  out: Float64Array,
): void {
  const length = window + tauMax + 1 + LAG_UNROLL;
  let acc = 0;
  energy[0] = 0;
  for (let j = 0; j < length; j++) {
    const v = x[start + j] as number;
    frame[j] = v;
    acc += v * v;
    energy[j + 1] = acc;
  }
  const e0 = energy[window] as number;
  out[0] = 0;
  for (let tau = 1; tau <= tauMax + 1; tau += LAG_UNROLL) {
    let r0 = 0;
    let r1 = 0;
    let r2 = 0;
    let r3 = 0;
    for (let j = 0; j < window; j++) {
      const a = frame[j] as number;
      const k = j + tau;
      r0 += a * (frame[k] as number);
      r1 += a * (frame[k + 1] as number);
      r2 += a * (frame[k + 2] as number);
      r3 += a * (frame[k + 3] as number);
    }
    out[tau] = difference(e0, energy, tau, window, r0);
    out[tau + 1] = difference(e0, energy, tau + 1, window, r1);
    out[tau + 2] = difference(e0, energy, tau + 2, window, r2);
    out[tau + 3] = difference(e0, energy, tau + 3, window, r3);
  }
}

function difference(e0: number, energy: Float64Array, tau: number, window: number, r: number): number {
  const et = (energy[tau + window] as number) - (energy[tau] as number);
  // Rounding can leave a hair below zero where the true value is 0 (a perfectly periodic frame).
  return Math.max(0, e0 + et - 2 * r);
}

/** YIN's cumulative-mean-normalised difference. */
function normalise(diff: Float64Array, cmnd: Float64Array, tauMax: number): void {
  cmnd[0] = 1;
  let running = 0;
  for (let tau = 1; tau <= tauMax + 1; tau++) {
    const d = diff[tau] as number;
    running += d;
    cmnd[tau] = running > 0 ? (d * tau) / running : 1;
  }
}

/** Local minima under the voicing threshold, best first, written at `slot`; returns how many. */
function collectCandidates(
  diff: Float64Array,
  cmnd: Float64Array,
  tauMin: number,
  tauMax: number,
  sampleRate: number,
  range: PitchRange,
  slot: number,
  outHz: Float32Array,
  outCost: Float32Array,
): number {
  let count = 0;
  // Minima at the ends of the range are pitches outside it, so interior points only.
  for (let tau = tauMin + 1; tau < tauMax; tau++) {
    const v = cmnd[tau] as number;
    if (v >= VOICING_THRESHOLD || v > (cmnd[tau - 1] as number) || v > (cmnd[tau + 1] as number)) continue;
    const period = tau + parabolicOffset(diff[tau - 1] as number, diff[tau] as number, diff[tau + 1] as number);
    const hz = sampleRate / period;
    // 2% grace: a voice right at a limit must not drop out on interpolation rounding.
    if (hz < range.minHz / RANGE_GRACE || hz > range.maxHz * RANGE_GRACE) continue;
    const cost = v + OCTAVE_COST * Math.log2(period / tauMin);
    // Insert keeping the slots sorted by cost; drop the worst when full.
    let i = Math.min(count, MAX_CANDIDATES - 1);
    if (count === MAX_CANDIDATES && cost >= (outCost[slot + i] as number)) continue;
    while (i > 0 && (outCost[slot + i - 1] as number) > cost) {
      outCost[slot + i] = outCost[slot + i - 1] as number;
      outHz[slot + i] = outHz[slot + i - 1] as number;
      i--;
    }
    outCost[slot + i] = cost;
    outHz[slot + i] = hz;
    if (count < MAX_CANDIDATES) count++;
  }
  return count;
}

/** Viterbi over frames [from, to), each with ≥ 1 candidate; writes the chosen pitch. */
function choosePath(
  from: number,
  to: number,
  counts: Uint8Array,
  candidateHz: Float32Array,
  candidateCost: Float32Array,
  out: Float32Array,
): void {
  const length = to - from;
  const total = new Float64Array(length * MAX_CANDIDATES);
  const back = new Uint8Array(length * MAX_CANDIDATES);
  for (let c = 0; c < (counts[from] as number); c++) total[c] = candidateCost[from * MAX_CANDIDATES + c] as number;
  for (let i = 1; i < length; i++) {
    const f = from + i;
    for (let c = 0; c < (counts[f] as number); c++) {
      const hz = candidateHz[f * MAX_CANDIDATES + c] as number;
      let best = Infinity;
      let arg = 0;
      for (let p = 0; p < (counts[f - 1] as number); p++) {
        const prevHz = candidateHz[(f - 1) * MAX_CANDIDATES + p] as number;
        const cost =
          (total[(i - 1) * MAX_CANDIDATES + p] as number) + OCTAVE_JUMP_COST * Math.abs(Math.log2(hz / prevHz));
        if (cost < best) {
          best = cost;
          arg = p;
        }
      }
      total[i * MAX_CANDIDATES + c] = best + (candidateCost[f * MAX_CANDIDATES + c] as number);
      back[i * MAX_CANDIDATES + c] = arg;
    }
  }
  let state = 0;
  const lastCount = counts[to - 1] as number;
  for (let c = 1; c < lastCount; c++) {
    if ((total[(length - 1) * MAX_CANDIDATES + c] as number) < (total[(length - 1) * MAX_CANDIDATES + state] as number))
      state = c;
  }
  for (let i = length - 1; i >= 0; i--) {
    out[from + i] = candidateHz[(from + i) * MAX_CANDIDATES + state] as number;
    state = back[i * MAX_CANDIDATES + state] as number;
  }
}

/** Offset of the vertex of the parabola through three equally spaced points, in [-0.5, 0.5]. */
function parabolicOffset(a: number, b: number, c: number): number {
  const denom = a - 2 * b + c;
  if (denom <= 0) return 0;
  const offset = (0.5 * (a - c)) / denom;
  return Math.max(-0.5, Math.min(0.5, offset));
}
