import type { VoiceMetrics } from '../voice/voice-metrics';
import type { AnswerLevel } from './answer-variants';
import type { Rng } from './rng';

const PACE: Record<AnswerLevel, readonly [number, number]> = {
  4: [135, 156],
  3: [124, 168],
  2: [108, 182],
  1: [96, 196],
};
const LONG_PAUSES: Record<AnswerLevel, readonly [number, number]> = { 4: [0, 0], 3: [0, 1], 2: [1, 2], 1: [2, 4] };

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Voice metrics a spoken answer of this level might measure: pace around the comfortable range
 * for strong answers and off it for weak ones, a few short pauses, long ones when unprepared,
 * sometimes a flat pitch. Shaped like the analysis of a real recording (shared/domain/voice).
 */
export function sampleVoiceMetrics(level: AnswerLevel, words: number, rng: Rng): VoiceMetrics {
  const [lo, hi] = PACE[level];
  const wpm = rng.int(lo, hi);
  const speechSec = round2((words / wpm) * 60);
  const pauses: VoiceMetrics['pauses'] = [];
  const shortPauses = rng.int(2, 3 + Math.round(speechSec / 20));
  const longPauses = rng.int(LONG_PAUSES[level][0], LONG_PAUSES[level][1]);
  let t = 1 + rng.next() * 2;
  let silence = 0;
  for (let i = 0; i < shortPauses + longPauses; i++) {
    const length = round2(i < longPauses ? 2.6 + rng.next() * 2.4 : 0.35 + rng.next() * 0.9);
    pauses.push({ startSec: round2(t), endSec: round2(t + length) });
    silence += length;
    t += length + speechSec / (shortPauses + longPauses + 1);
  }
  pauses.sort((a, b) => a.startSec - b.startSec);
  const monotone = level <= 2 && rng.chance(0.3);
  const meanHz = rng.chance(0.5) ? rng.int(105, 140) : rng.int(175, 220);
  return {
    durationSec: round2(speechSec + silence + 0.8),
    speechSec,
    pauses,
    pauseCount: pauses.length,
    longestPauseSec: round2(Math.max(0, ...pauses.map((p) => p.endSec - p.startSec))),
    syllablesPerSec: round2((wpm * 1.45) / 60),
    estimatedWpm: wpm,
    pitch: {
      meanHz,
      sdHz: monotone ? rng.int(6, 10) : rng.int(16, 34),
      rangeSemitones: monotone ? round2(2 + rng.next() * 1.5) : round2(6 + rng.next() * 8),
      monotone,
    },
    loudness: { meanDbfs: round2(-27 + rng.next() * 9), sdDb: round2(4 + rng.next() * 3) },
    clippingRatio: round2(rng.chance(0.1) ? rng.next() * 0.004 : 0),
  };
}
