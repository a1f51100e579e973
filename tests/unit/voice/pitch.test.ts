import { describe, expect, it } from 'vitest';
import { MONOTONE_RANGE_SEMITONES, analyzeVoice } from '../../../shared/domain/voice/index';
import { RATE, addNoise, concat, harmonicVoice, power, silence, sine } from './synthetic';

const padded = (signal: Float32Array, rate = RATE): Float32Array =>
  concat(silence(0.4, rate), signal, silence(0.4, rate));

describe('pitch', () => {
  it.each([60, 90, 120, 150, 200, 250, 300, 450])('reads a %d Hz sine within 1%', (hz) => {
    const { metrics } = analyzeVoice(padded(sine(hz, 1.5)), RATE);
    expect(Math.abs((metrics.pitch.meanHz ?? 0) / hz - 1)).toBeLessThan(0.01);
  });

  it.each([8000, 22050, 44100, 48000])('works at %d Hz sample rate', (rate) => {
    const voice = harmonicVoice(() => 180, 1.5, 0.3, rate);
    const { metrics } = analyzeVoice(padded(voice, rate), rate);
    expect(Math.abs((metrics.pitch.meanHz ?? 0) / 180 - 1)).toBeLessThan(0.01);
    expect(metrics.speechSec).toBeCloseTo(1.5, 1);
  });

  it('finds the fundamental of a voice whose harmonics dominate it (no octave-up error)', () => {
    // Harmonics 2–4 ten times stronger than the fundamental, as in many male voices on cheap mics.
    const seconds = 1.5;
    const signal = new Float32Array(Math.round(seconds * RATE));
    for (let i = 0; i < signal.length; i++) {
      const p = (2 * Math.PI * 110 * i) / RATE;
      signal[i] = 0.02 * Math.sin(p) + 0.2 * Math.sin(2 * p) + 0.15 * Math.sin(3 * p) + 0.1 * Math.sin(4 * p);
    }
    const { metrics } = analyzeVoice(padded(signal), RATE);
    expect(Math.abs((metrics.pitch.meanHz ?? 0) / 110 - 1)).toBeLessThan(0.02);
  });

  it('keeps a 220 Hz voice at 220 Hz in white noise at 10 dB SNR (no octave-down error)', () => {
    const voice = harmonicVoice((t) => 220 + 10 * Math.sin(2 * Math.PI * t), 2);
    const noisy = addNoise(padded(voice), power(voice), 10, 11);
    const { metrics } = analyzeVoice(noisy, RATE);
    expect(Math.abs((metrics.pitch.meanHz ?? 0) / 220 - 1)).toBeLessThan(0.02);
  });

  it('flags a flat voice as monotone', () => {
    const flat = harmonicVoice((t) => 120 * (1 + 0.02 * Math.sin(2 * Math.PI * 3 * t)), 3);
    const { metrics } = analyzeVoice(padded(flat), RATE);
    expect(metrics.pitch.rangeSemitones).toBeLessThan(MONOTONE_RANGE_SEMITONES);
    expect(metrics.pitch.monotone).toBe(true);
  });

  it('reports the 5–95% range in semitones of a voice moving over an octave, and does not flag it', () => {
    // Semitone offset 6·sin(πt): an arcsine distribution whose 5–95% span is 12·sin(0.45π).
    const lively = harmonicVoice((t) => 150 * Math.pow(2, (6 * Math.sin(Math.PI * t)) / 12), 4);
    const { metrics } = analyzeVoice(padded(lively), RATE);
    expect(metrics.pitch.rangeSemitones).toBeCloseTo(12 * Math.sin(0.45 * Math.PI), 0);
    expect(metrics.pitch.monotone).toBe(false);
    expect(metrics.pitch.sdHz).toBeGreaterThan(20);
  });

  it('gives a pitch track every 10 ms with 0 where there is no voice', () => {
    const analysis = analyzeVoice(padded(sine(200, 1)), RATE);
    const { hopSec, values } = analysis.pitchTrack;
    expect(hopSec).toBe(0.01);
    expect(values.length).toBeGreaterThanOrEqual(Math.floor(1.8 / hopSec));
    expect(values[Math.round(0.2 / hopSec)]).toBe(0);
    expect(values[Math.round(0.9 / hopSec)]).toBeCloseTo(200, 0);
  });

  it('honours a custom pitch range', () => {
    const { metrics } = analyzeVoice(padded(sine(100, 1.5)), RATE, { minPitchHz: 150, maxPitchHz: 400 });
    expect(metrics.pitch.meanHz === null || metrics.pitch.meanHz >= 150).toBe(true);
  });
});
