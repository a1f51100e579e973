import { describe, expect, it } from 'vitest';
import { SYLLABLES_PER_WORD, analyzeVoice } from '../../../shared/domain/voice/index';
import { RATE, concat, silence, syllableTrain, syntheticSpeech, whiteNoise } from './synthetic';

describe('syllable nuclei and speaking rate', () => {
  it.each([3, 4, 5, 6])('counts voiced syllables at %d per second', (perSecond) => {
    const speech = syntheticSpeech(
      [
        { syllables: 12, perSecond },
        { syllables: 9, perSecond },
        { syllables: 15, perSecond },
      ],
      [0.5, 1],
    );
    const analysis = analyzeVoice(speech.samples, RATE);
    expect(analysis.syllableTimesSec).toHaveLength(speech.nucleiSec.length);
    // Each nucleus lands on its syllable, within a quarter of the syllable period.
    speech.nucleiSec.forEach((t, i) =>
      expect(Math.abs((analysis.syllableTimesSec[i] ?? Infinity) - t)).toBeLessThan(0.25 / perSecond),
    );
    const trueRate = speech.nucleiSec.length / speech.speechSec;
    expect(analysis.metrics.syllablesPerSec).toBeCloseTo(trueRate, 0);
    expect(Math.abs(analysis.metrics.syllablesPerSec / trueRate - 1)).toBeLessThan(0.03);
  });

  it('turns syllables per second into words per minute with the calibrated syllables per word', () => {
    const speech = syntheticSpeech([{ syllables: 20, perSecond: 4 }], []);
    const { metrics } = analyzeVoice(speech.samples, RATE);
    expect(metrics.estimatedWpm).toBeCloseTo((metrics.syllablesPerSec * 60) / SYLLABLES_PER_WORD, 0);
  });

  it('does not count unvoiced bursts (whisper, fricatives) as syllables', () => {
    const voicedShape = syllableTrain(12, 4, 120, 1).samples;
    const noise = whiteNoise(voicedShape.length / RATE, 0.2, 3);
    const envelope = voicedShape.map((v, i) => (v !== 0 ? (noise[i] ?? 0) : 0));
    const analysis = analyzeVoice(concat(silence(0.5), envelope, silence(0.5)), RATE);
    expect(analysis.metrics.speechSec).toBeGreaterThan(2);
    expect(analysis.syllableTimesSec).toHaveLength(0);
    expect(analysis.metrics.pitch.meanHz).toBeNull();
  });

  it('gives the exact rate from a transcript word count, over speaking time and over the whole span', () => {
    const speech = syntheticSpeech(
      [
        { syllables: 10, perSecond: 4 },
        { syllables: 10, perSecond: 4 },
      ],
      [1],
    );
    const analysis = analyzeVoice(speech.samples, RATE, { transcriptWordCount: 14 });
    expect(analysis.transcriptWpm).toBeCloseTo((14 / analysis.metrics.speechSec) * 60, 6);
    const span = analysis.speechRegions[1]!.endSec - analysis.speechRegions[0]!.startSec;
    expect(analysis.transcriptWpmIncludingPauses).toBeCloseTo((14 / span) * 60, 6);
    expect(analysis.transcriptWpmIncludingPauses).toBeLessThan(analysis.transcriptWpm ?? 0);
    expect(analyzeVoice(speech.samples, RATE).transcriptWpm).toBeNull();
  });

  it('splits long answers into pace segments and marks the stretch that runs faster', () => {
    const slow = { syllables: 16, perSecond: 4 };
    const fast = { syllables: 30, perSecond: 6 };
    const speech = syntheticSpeech(
      [slow, slow, slow, slow, fast, fast, fast, slow, slow, slow, slow],
      Array(10).fill(0.6),
    );
    const analysis = analyzeVoice(speech.samples, RATE);
    expect(analysis.paceSegments.length).toBeGreaterThanOrEqual(4);
    for (const s of analysis.paceSegments) {
      expect(s.endSec).toBeGreaterThan(s.startSec);
      expect(s.wpm).toBeCloseTo((s.syllables / s.speechSec) * (60 / SYLLABLES_PER_WORD), 6);
    }
    const fastStart = speech.pauses[3]!.endSec;
    const fastEnd = speech.pauses[6]!.startSec;
    expect(analysis.paceChanges.length).toBeGreaterThanOrEqual(1);
    for (const change of analysis.paceChanges) {
      const overlapsFast = change.startSec < fastEnd && change.endSec > fastStart;
      expect(change.direction).toBe(overlapsFast ? 'faster' : 'slower');
    }
    expect(analysis.paceChanges.some((c) => c.direction === 'faster')).toBe(true);
  });
});
