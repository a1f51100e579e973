import type { EdgeRefiner } from './edge-refinement';

/**
 * Turns block-level voice activity into speech regions and the pauses between them.
 * A pause is a silent stretch of at least `minPauseSec` (less PAUSE_TOLERANCE_SEC) with speech
 * on both sides; shorter
 * gaps (stop closures, breaths between words) belong to the region around them. Silence
 * before the first word and after the last is not a pause.
 */

/**
 * Edges are placed to about ±5 ms (1 ms windows, plus codec pre-echo and ringing on either
 * side of a sound), so a gap measured within this of the minimum still counts: otherwise a
 * pause of exactly minPauseSec would be found or lost at random.
 */
export const PAUSE_TOLERANCE_SEC = 0.015;

/** A region whose speech adds up to less than this is a click or a bump, not a word. */
export const MIN_REGION_SPEECH_SEC = 0.08;

export interface TimeSpan {
  readonly startSec: number;
  readonly endSec: number;
}

export interface SpeechRegion extends TimeSpan {
  /** First and one-past-last block of the region. */
  readonly startBlock: number;
  readonly endBlock: number;
}

export interface SpeechRegions {
  readonly regions: SpeechRegion[];
  readonly pauses: TimeSpan[];
  /** Sum of region durations: speaking time without pauses, leading or trailing silence. */
  readonly speechSec: number;
}

export function findSpeechRegions(active: Uint8Array, minPauseSec: number, refine: EdgeRefiner): SpeechRegions {
  const minSpeechSec = MIN_REGION_SPEECH_SEC;
  const merged: Array<{ startBlock: number; endBlock: number; startSec: number; endSec: number; speechSec: number }> =
    [];
  for (const run of activeRuns(active)) {
    const edges = refine(run.start, run.end);
    const last = merged[merged.length - 1];
    const speechSec = edges.endSec - edges.startSec;
    if (last && edges.startSec - last.endSec < minPauseSec - PAUSE_TOLERANCE_SEC) {
      last.endBlock = run.end;
      last.endSec = edges.endSec;
      last.speechSec += speechSec;
    } else {
      merged.push({ startBlock: run.start, endBlock: run.end, ...edges, speechSec });
    }
  }
  const regions: SpeechRegion[] = merged
    .filter((r) => r.speechSec >= minSpeechSec)
    .map(({ startBlock, endBlock, startSec, endSec }) => ({ startBlock, endBlock, startSec, endSec }));
  const pauses: TimeSpan[] = [];
  let speechSec = 0;
  regions.forEach((r, i) => {
    speechSec += r.endSec - r.startSec;
    const next = regions[i + 1];
    if (next) pauses.push({ startSec: r.endSec, endSec: next.startSec });
  });
  return { regions, pauses, speechSec };
}

/** Maximal runs of 1s as [start, end) block ranges. */
export function activeRuns(active: Uint8Array): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  const n = active.length;
  let k = 0;
  while (k < n) {
    if (active[k] === 0) {
      k++;
      continue;
    }
    let end = k;
    while (end < n && active[end] === 1) end++;
    runs.push({ start: k, end });
    k = end;
  }
  return runs;
}
