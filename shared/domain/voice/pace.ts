import type { SpeechRegion } from './speech-regions';

/**
 * Speaking rate. Rates are per second of speaking time: the regions between pauses, which
 * excludes pauses ≥ minPauseSec and silence before and after, but keeps the short gaps inside
 * phrases. That is the "articulation rate" of de Jong & Wempe, and it is what listeners judge
 * as fast or slow talking — long thinking pauses are reported separately.
 */

/**
 * Detected syllable nuclei per word, calibrated on espeak-ng English speech
 * (tests/fixtures/speech/calibrate-syllables-per-word.ts: calibration sentences disjoint from
 * the accuracy-test sentences, several rates). It folds in the detector's own bias (merged or
 * missed syllables), so it is lower than the dictionary figure for the same text.
 */
export const SYLLABLES_PER_WORD = 1.56;

/**
 * A pace segment gathers consecutive phrases until it holds at least PACE_MIN_SPEECH_SEC of
 * speech (about 25 syllables at a normal pace: enough for a rate that means something); a
 * phrase longer than PACE_WINDOW_SPEECH_SEC is cut into parts of about that length.
 */
export const PACE_MIN_SPEECH_SEC = 6;
export const PACE_WINDOW_SPEECH_SEC = 8;
/** A segment is a pace change when its rate departs from the overall rate by this fraction. */
export const PACE_CHANGE_FRACTION = 0.2;

export interface PaceSegment {
  readonly startSec: number;
  readonly endSec: number;
  /** Speaking time inside the segment (its regions, without the pauses between them). */
  readonly speechSec: number;
  readonly syllables: number;
  readonly wpm: number;
}

export interface PaceChange {
  readonly startSec: number;
  readonly endSec: number;
  readonly wpm: number;
  readonly direction: 'faster' | 'slower';
  /** Segment rate over the overall rate (e.g. 1.3 = 30% faster). */
  readonly ratio: number;
}

export function wpmFromSyllableRate(syllablesPerSec: number): number {
  return (syllablesPerSec * 60) / SYLLABLES_PER_WORD;
}

interface Span {
  startSec: number;
  endSec: number;
  speechSec: number;
}

/** Splits the speech into stretches of 6–8 s or so of speaking time (see PACE_MIN_SPEECH_SEC). */
export function paceSegments(regions: readonly SpeechRegion[], syllableTimesSec: readonly number[]): PaceSegment[] {
  const pieces: Span[] = [];
  for (const r of regions) {
    const length = r.endSec - r.startSec;
    // A long phrase without pauses is cut into equal parts so a segment stays local.
    const parts = Math.max(1, Math.round(length / PACE_WINDOW_SPEECH_SEC));
    for (let i = 0; i < parts; i++) {
      const startSec = r.startSec + (length * i) / parts;
      const endSec = r.startSec + (length * (i + 1)) / parts;
      pieces.push({ startSec, endSec, speechSec: endSec - startSec });
    }
  }
  const groups: Span[] = [];
  let open: Span | null = null;
  for (const p of pieces) {
    if (open === null) open = { ...p };
    else {
      open.endSec = p.endSec;
      open.speechSec += p.speechSec;
    }
    if (open.speechSec >= PACE_MIN_SPEECH_SEC) {
      groups.push(open);
      open = null;
    }
  }
  if (open !== null) {
    const last = groups[groups.length - 1];
    // A short remainder is too noisy to rate on its own.
    if (last && open.speechSec < PACE_MIN_SPEECH_SEC / 2) {
      last.endSec = open.endSec;
      last.speechSec += open.speechSec;
    } else groups.push(open);
  }
  return groups.map((g) => {
    const syllables = countBetween(syllableTimesSec, g.startSec, g.endSec);
    return { ...g, syllables, wpm: g.speechSec > 0 ? wpmFromSyllableRate(syllables / g.speechSec) : 0 };
  });
}

export function paceChanges(segments: readonly PaceSegment[], overallWpm: number): PaceChange[] {
  if (segments.length < 2 || !(overallWpm > 0)) return [];
  const changes: PaceChange[] = [];
  for (const s of segments) {
    const ratio = s.wpm / overallWpm;
    if (Math.abs(ratio - 1) < PACE_CHANGE_FRACTION) continue;
    changes.push({
      startSec: s.startSec,
      endSec: s.endSec,
      wpm: s.wpm,
      direction: ratio > 1 ? 'faster' : 'slower',
      ratio,
    });
  }
  return changes;
}

function countBetween(sortedTimes: readonly number[], from: number, to: number): number {
  let count = 0;
  for (const t of sortedTimes) if (t >= from && t < to) count++;
  return count;
}
