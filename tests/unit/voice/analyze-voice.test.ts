import { describe, expect, it } from 'vitest';
import { VoiceMetrics, analyzeVoice } from '../../../shared/domain/voice/index';
import { RATE, syntheticSpeech } from './synthetic';

describe('analyzeVoice', () => {
  const speech = syntheticSpeech(
    [
      { syllables: 12, perSecond: 4 },
      { syllables: 10, perSecond: 4 },
    ],
    [0.8],
  );

  it('returns metrics that satisfy the public VoiceMetrics schema', () => {
    const { metrics } = analyzeVoice(speech.samples, RATE);
    expect(VoiceMetrics.parse(metrics)).toEqual(metrics);
    expect(metrics.durationSec).toBeCloseTo(speech.samples.length / RATE, 3);
    expect(metrics.pauseCount).toBe(metrics.pauses.length);
  });

  it('returns the tracks the waveform view needs, consistent with the metrics', () => {
    const analysis = analyzeVoice(speech.samples, RATE);
    expect(analysis.speechRegions).toHaveLength(2);
    expect(analysis.metrics.pauses[0]).toEqual({
      startSec: +analysis.speechRegions[0]!.endSec.toFixed(3),
      endSec: +analysis.speechRegions[1]!.startSec.toFixed(3),
    });
    expect(analysis.loudnessTrack.hopSec).toBe(0.05);
    expect(analysis.loudnessTrack.values.length).toBe(Math.floor(analysis.metrics.durationSec / 0.05));
    expect(analysis.snrDb).toBeGreaterThan(40);
  });

  it('is deterministic', () => {
    expect(analyzeVoice(speech.samples, RATE).metrics).toEqual(analyzeVoice(speech.samples, RATE).metrics);
  });

  it('rejects sample rates below 8 kHz and a non-positive minimum pause', () => {
    expect(() => analyzeVoice(speech.samples, 4000)).toThrow(RangeError);
    expect(() => analyzeVoice(speech.samples, Number.NaN)).toThrow(RangeError);
    expect(() => analyzeVoice(speech.samples, RATE, { minPauseSec: 0 })).toThrow(RangeError);
    expect(() => analyzeVoice(speech.samples, RATE, { minPitchHz: 300, maxPitchHz: 200 })).toThrow(RangeError);
  });
});
