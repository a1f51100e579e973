import { describe, expect, it } from 'vitest';
import type { RecordingReview } from '../../../shared/ipc/channels/recording';
import { voiceAdvice } from '../../../renderer/src/features/recording/voice-advice';

function review(
  overrides: {
    metrics?: Partial<RecordingReview['metrics']>;
    longPauses?: RecordingReview['longPauses'];
    snrDb?: number;
  } = {},
): RecordingReview {
  return {
    metrics: {
      durationSec: 90,
      speechSec: 75,
      pauses: [{ startSec: 10, endSec: 10.6 }],
      pauseCount: 1,
      longestPauseSec: 0.6,
      syllablesPerSec: 3.4,
      estimatedWpm: 145,
      pitch: { meanHz: 120, sdHz: 20, rangeSemitones: 9, monotone: false },
      loudness: { meanDbfs: -22, sdDb: 6 },
      clippingRatio: 0,
      ...overrides.metrics,
    },
    speechRegions: [],
    longPauses: overrides.longPauses ?? [],
    paceSegments: [],
    paceChanges: [],
    noiseFloorDbfs: -60,
    snrDb: overrides.snrDb ?? 38,
    delivery: { score: 100, issues: [] },
  };
}

const byId = (r: RecordingReview) => Object.fromEntries(voiceAdvice(r).map((a) => [a.id, a]));

describe('voice advice', () => {
  it('praises a pace inside the 130–160 band and says so in words', () => {
    const advice = byId(review());
    expect(advice.pace).toMatchObject({ tone: 'good', title: 'Good pace: about 145 words per minute' });
    expect(advice.pitch?.tone).toBe('good');
    expect(advice.volume?.tone).toBe('good');
  });

  it('flags slow and fast speech against the band, more strongly the further out', () => {
    expect(byId(review({ metrics: { estimatedWpm: 120 } })).pace).toMatchObject({
      tone: 'ok',
      title: expect.stringMatching(/^Slow pace: about 120/),
    });
    expect(byId(review({ metrics: { estimatedWpm: 100 } })).pace?.tone).toBe('weak');
    expect(byId(review({ metrics: { estimatedWpm: 175 } })).pace).toMatchObject({
      tone: 'ok',
      title: expect.stringMatching(/^Fast pace/),
    });
    expect(byId(review({ metrics: { estimatedWpm: 200 } })).pace?.tone).toBe('weak');
  });

  it('counts long pauses and names the longest', () => {
    const advice = byId(
      review({
        longPauses: [
          { startSec: 20, endSec: 22.5 },
          { startSec: 40, endSec: 43.1 },
        ],
        metrics: { pauseCount: 4 },
      }),
    );
    expect(advice.pauses).toMatchObject({ tone: 'ok', title: '2 long pauses (longest 3.1 s)' });
    expect(byId(review({ longPauses: [{ startSec: 1, endSec: 7 }] })).pauses?.tone).toBe('weak');
  });

  it('calls a narrow pitch range flat', () => {
    expect(
      byId(review({ metrics: { pitch: { meanHz: 110, sdHz: 4, rangeSemitones: 3.2, monotone: true } } })).pitch,
    ).toMatchObject({ tone: 'ok', title: 'Flat delivery (pitch range 3.2 semitones)' });
  });

  it('warns about quiet, loud, clipped and noisy recordings', () => {
    expect(byId(review({ metrics: { loudness: { meanDbfs: -41, sdDb: 5 } } })).volume).toMatchObject({
      tone: 'weak',
      title: 'Quiet recording (-41 dBFS)',
    });
    expect(byId(review({ metrics: { loudness: { meanDbfs: -6, sdDb: 5 } } })).volume?.tone).toBe('ok');
    expect(byId(review({ metrics: { clippingRatio: 0.02 } })).clipping).toMatchObject({
      tone: 'weak',
      title: 'Distortion: 2% of the audio is clipped',
    });
    expect(byId(review({ snrDb: 9 })).noise?.title).toBe('Noisy background');
  });

  it('does not coach pace or pitch on a few seconds of speech, and says why', () => {
    const advice = byId(review({ metrics: { speechSec: 4 } }));
    expect(advice.length?.title).toBe('Too short to judge your delivery');
    expect(advice.pace).toBeUndefined();
    expect(advice.pitch).toBeUndefined();
  });

  it('on silence, only says no speech was heard and how to fix the microphone', () => {
    const advice = voiceAdvice(
      review({
        metrics: {
          speechSec: 0,
          pauseCount: 0,
          pauses: [],
          pitch: { meanHz: null, sdHz: null, rangeSemitones: null, monotone: false },
        },
      }),
    );
    expect(advice).toHaveLength(1);
    expect(advice[0]).toMatchObject({ id: 'length', title: 'No speech was heard' });
  });
});
