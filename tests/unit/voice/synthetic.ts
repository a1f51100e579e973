/**
 * Synthetic test signals whose truth is exact: tones, voiced "syllables" with known count and
 * timing, silence and seeded noise. Deterministic (a seeded PRNG), so tests never flake.
 */

export const RATE = 16000;

/** mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function silence(seconds: number, rate = RATE): Float32Array {
  return new Float32Array(Math.round(seconds * rate));
}

export function sine(frequencyHz: number, seconds: number, amplitude = 0.5, rate = RATE): Float32Array {
  const out = new Float32Array(Math.round(seconds * rate));
  for (let i = 0; i < out.length; i++) out[i] = amplitude * Math.sin((2 * Math.PI * frequencyHz * i) / rate);
  return out;
}

/**
 * A voice-like harmonic complex (harmonics up to 3.5 kHz falling at 6 dB/octave) whose pitch
 * follows `f0(t)`, with peak amplitude `amplitude`.
 */
export function harmonicVoice(f0: (t: number) => number, seconds: number, amplitude = 0.3, rate = RATE): Float32Array {
  const out = new Float32Array(Math.round(seconds * rate));
  let phase = 0;
  let peak = 0;
  for (let i = 0; i < out.length; i++) {
    const f = f0(i / rate);
    phase += (2 * Math.PI * f) / rate;
    let v = 0;
    for (let h = 1; h * f < 3500; h++) v += Math.sin(h * phase) / h;
    out[i] = v;
    peak = Math.max(peak, Math.abs(v));
  }
  if (peak > 0) for (let i = 0; i < out.length; i++) out[i] = ((out[i] as number) * amplitude) / peak;
  return out;
}

/** Gaussian-ish white noise (sum of uniforms) with the given RMS. */
export function whiteNoise(seconds: number, rms: number, seed = 1, rate = RATE): Float32Array {
  const random = prng(seed);
  const out = new Float32Array(Math.round(seconds * rate));
  for (let i = 0; i < out.length; i++) {
    const u = random() + random() + random() + random() - 2; // variance 4/12
    out[i] = u * rms * Math.sqrt(3);
  }
  return out;
}

export interface Syllables {
  readonly samples: Float32Array;
  /** Centre times of the syllables (s), relative to the start of this signal. */
  readonly nucleiSec: number[];
}

/**
 * `count` syllables at `perSecond`: each a voiced harmonic burst with a half-sine envelope
 * over 70% of its slot, then a quiet consonant-like gap. Pitch declines gently
 * across the phrase as in statements.
 */
export function syllableTrain(count: number, perSecond: number, f0Hz = 120, amplitude = 0.3, rate = RATE): Syllables {
  const slot = 1 / perSecond;
  const seconds = count * slot;
  const voice = harmonicVoice((t) => f0Hz * (1 - (0.1 * t) / seconds), seconds, 1, rate);
  const samples = new Float32Array(voice.length);
  const nucleiSec: number[] = [];
  for (let s = 0; s < count; s++) {
    const start = s * slot;
    const length = 0.7 * slot;
    nucleiSec.push(start + length / 2);
    const from = Math.round(start * rate);
    const to = Math.round((start + length) * rate);
    for (let i = from; i < to && i < samples.length; i++) {
      const phase = (i - from) / (to - from);
      const envelope = Math.sin(Math.PI * phase);
      samples[i] = (voice[i] as number) * envelope * amplitude;
    }
  }
  return { samples, nucleiSec };
}

export function concat(...parts: Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function scale(signal: Float32Array, gainDb: number): Float32Array {
  const g = Math.pow(10, gainDb / 20);
  return signal.map((v) => v * g);
}

export function power(signal: Float32Array): number {
  let sum = 0;
  for (const v of signal) sum += v * v;
  return signal.length > 0 ? sum / signal.length : 0;
}

/** Adds white noise so that (power of `speech` over `speechSpan` samples) / noise power = snrDb. */
export function addNoise(signal: Float32Array, speechPower: number, snrDb: number, seed = 7): Float32Array {
  const rms = Math.sqrt(speechPower / Math.pow(10, snrDb / 10));
  const noise = whiteNoise(signal.length / RATE, rms, seed);
  return signal.map((v, i) => v + (noise[i] ?? 0));
}

export interface Phrase {
  readonly syllables: number;
  readonly perSecond: number;
}

export interface SyntheticSpeech {
  readonly samples: Float32Array;
  readonly pauses: Array<{ startSec: number; endSec: number }>;
  readonly nucleiSec: number[];
  /** Power over the phrases only (for SNR). */
  readonly speechPower: number;
  /** Sum of phrase durations, first sound to last sound. */
  readonly speechSec: number;
}

/** Phrases of syllables separated by silences of known length (`gapsSec[i]` after phrase i). */
export function syntheticSpeech(
  phrases: readonly Phrase[],
  gapsSec: readonly number[],
  options: { leadSec?: number; tailSec?: number; f0Hz?: number; amplitude?: number; rate?: number } = {},
): SyntheticSpeech {
  const rate = options.rate ?? RATE;
  const parts: Float32Array[] = [silence(options.leadSec ?? 0.5, rate)];
  const pauses: Array<{ startSec: number; endSec: number }> = [];
  const nucleiSec: number[] = [];
  let at = (parts[0] as Float32Array).length / rate;
  let energy = 0;
  let speechSamples = 0;
  phrases.forEach((phrase, i) => {
    const train = syllableTrain(
      phrase.syllables,
      phrase.perSecond,
      options.f0Hz ?? 120,
      options.amplitude ?? 0.3,
      rate,
    );
    parts.push(train.samples);
    for (const t of train.nucleiSec) nucleiSec.push(at + t);
    for (const v of train.samples) energy += v * v;
    speechSamples += train.samples.length;
    at += train.samples.length / rate;
    // The phrase's sound ends where its last syllable's envelope does, not at the slot end.
    const soundEnd = at - 0.3 / phrase.perSecond;
    const gap = gapsSec[i];
    if (gap !== undefined && i < phrases.length - 1) {
      pauses.push({ startSec: soundEnd, endSec: at + gap });
      parts.push(silence(gap, rate));
      at += gap;
    }
  });
  parts.push(silence(options.tailSec ?? 0.5, rate));
  return {
    samples: concat(...parts),
    pauses,
    nucleiSec,
    speechPower: speechSamples > 0 ? energy / speechSamples : 0,
    speechSec: phrases.reduce((s, p) => s + (p.syllables - 0.3) / p.perSecond, 0),
  };
}
