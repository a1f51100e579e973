import { describe, expect, it } from 'vitest';
import { analyzeVoice } from '../../../shared/domain/voice/index';
import { RATE, addNoise, concat, scale, silence, syntheticSpeech, whiteNoise, type Phrase } from './synthetic';

const phrase = (syllables = 10, perSecond = 4): Phrase => ({ syllables, perSecond });
const phrases = (n: number): Phrase[] => Array.from({ length: n }, (_, i) => phrase(8 + (i % 3) * 2, 4));
const EDGE_SEC = 0.02;

function expectPausesMatch(
  found: Array<{ startSec: number; endSec: number }>,
  truth: Array<{ startSec: number; endSec: number }>,
  tolerance: number,
): void {
  expect(found).toHaveLength(truth.length);
  truth.forEach((t, i) => {
    const f = found[i];
    expect(f).toBeDefined();
    expect(Math.abs((f?.startSec ?? Infinity) - t.startSec)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs((f?.endSec ?? Infinity) - t.endSec)).toBeLessThanOrEqual(tolerance);
  });
}

describe('pauses', () => {
  it('finds every silence of at least 0.3 s between phrases, with start and end to 20 ms', () => {
    const speech = syntheticSpeech(phrases(5), [0.3, 0.5, 0.8, 1.5]);
    const { metrics } = analyzeVoice(speech.samples, RATE);
    expectPausesMatch(metrics.pauses, speech.pauses, EDGE_SEC);
    expect(metrics.pauseCount).toBe(4);
    expect(metrics.longestPauseSec).toBeCloseTo(speech.pauses[3]!.endSec - speech.pauses[3]!.startSec, 1);
  });

  it('does not report gaps shorter than the minimum pause (beyond its 15 ms measuring tolerance)', () => {
    // Each phrase ends with a 75 ms tail of silence, so these silences last 0.125–0.245 s.
    const speech = syntheticSpeech(phrases(4), [0.05, 0.12, 0.17]);
    expect(speech.pauses.map((p) => +(p.endSec - p.startSec).toFixed(3))).toEqual([0.125, 0.195, 0.245]);
    const { metrics } = analyzeVoice(speech.samples, RATE);
    expect(metrics.pauses).toEqual([]);
    expect(metrics.speechSec).toBeGreaterThan(speech.speechSec);
  });

  it('applies a custom minPauseSec', () => {
    const speech = syntheticSpeech(phrases(4), [0.3, 0.6, 1.2]); // silences 0.375, 0.675, 1.275 s
    const { metrics } = analyzeVoice(speech.samples, RATE, { minPauseSec: 0.5 });
    expectPausesMatch(metrics.pauses, speech.pauses.slice(1), EDGE_SEC);
  });

  it('does not count silence before the first word or after the last as a pause', () => {
    const speech = syntheticSpeech(phrases(2), [0.6], { leadSec: 3, tailSec: 4 });
    const analysis = analyzeVoice(speech.samples, RATE);
    expect(analysis.metrics.pauseCount).toBe(1);
    expect(analysis.speechRegions[0]!.startSec).toBeCloseTo(3, 1);
    expect(analysis.metrics.speechSec).toBeCloseTo(speech.speechSec, 1);
  });

  it('holds up on a recording 30 dB quieter', () => {
    const speech = syntheticSpeech(phrases(5), [0.3, 0.5, 0.8, 1.5]);
    const { metrics } = analyzeVoice(scale(speech.samples, -30), RATE);
    expectPausesMatch(metrics.pauses, speech.pauses, EDGE_SEC);
  });

  it.each([20, 15])('holds up with white noise at %d dB SNR', (snr) => {
    const speech = syntheticSpeech(phrases(5), [0.3, 0.5, 0.8, 1.5]);
    const { metrics } = analyzeVoice(addNoise(speech.samples, speech.speechPower, snr), RATE);
    expectPausesMatch(metrics.pauses, speech.pauses, 0.05);
  });

  it('is not fooled by a click in the middle of a pause', () => {
    const a = syntheticSpeech([phrase()], [], { leadSec: 0.5, tailSec: 0 });
    const b = syntheticSpeech([phrase()], [], { leadSec: 0, tailSec: 0.5 });
    const click = new Float32Array(Math.round(0.003 * RATE)).fill(0.5);
    const signal = concat(a.samples, silence(0.7), click, silence(0.8), b.samples);
    const { metrics } = analyzeVoice(signal, RATE);
    expect(metrics.pauseCount).toBe(1);
    expect(metrics.longestPauseSec).toBeGreaterThan(1.5);
  });

  it('lists pauses of at least longPauseSec as long pauses', () => {
    const speech = syntheticSpeech(phrases(4), [0.5, 2.5, 1.0]);
    const analysis = analyzeVoice(speech.samples, RATE, { longPauseSec: 2 });
    expect(analysis.longPauses).toHaveLength(1);
    expect(analysis.longPauses[0]!.startSec).toBeCloseTo(speech.pauses[1]!.startSec, 1);
  });

  it('reports no speech in digital silence, in steady noise, or in an empty buffer', () => {
    for (const signal of [silence(3), whiteNoise(3, 0.02), new Float32Array(0)]) {
      const { metrics } = analyzeVoice(signal, RATE);
      expect(metrics.speechSec).toBe(0);
      expect(metrics.pauses).toEqual([]);
      expect(metrics.estimatedWpm).toBe(0);
    }
  });
});
