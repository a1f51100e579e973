import { BLOCK_SEC, blockStart, PRE_EMPHASIS } from './band-powers';

/**
 * Places the edges of a run of speech blocks to the millisecond. Block decisions put an edge on
 * a 5 ms grid, always on the speech side of the block that holds the true edge, which shortens
 * every pause by up to 5 ms — enough to lose a pause that is exactly the minimum length.
 * Within the outermost two blocks of the run, the edge moves to the first (or last) 1 ms window
 * whose full-band power clears the threshold; if none does (the run was speech in another
 * band), the block edge stands.
 */
const SUB_WINDOW_SEC = 0.001;
/** How far into the run to look: the 15 ms smoothing can spread a run by one block a side. */
const SEARCH_BLOCKS = 2;

export interface EdgeRefiner {
  (startBlock: number, endBlock: number): { startSec: number; endSec: number };
}

/** @param thresholdDb the broad (pre-emphasised) band's threshold */
export function makeEdgeRefiner(signal: Float32Array, sampleRate: number, thresholdDb: number): EdgeRefiner {
  const thresholdPower = Math.pow(10, thresholdDb / 10);
  const sub = Math.max(1, Math.round(SUB_WINDOW_SEC * sampleRate));
  // The same pre-emphasised power as the block decision, so the two agree.
  const loud = (from: number): boolean => {
    const to = Math.min(from + sub, signal.length);
    let sum = 0;
    let previous = signal[from - 1] ?? signal[from] ?? 0;
    for (let i = from; i < to; i++) {
      const x = signal[i] as number;
      const v = x - PRE_EMPHASIS * previous;
      previous = x;
      sum += v * v;
    }
    return to > from && sum / (to - from) > thresholdPower;
  };
  return (startBlock, endBlock) => {
    let startSec = startBlock * BLOCK_SEC;
    let endSec = endBlock * BLOCK_SEC;
    const firstFrom = blockStart(startBlock, sampleRate);
    const firstTo = blockStart(Math.min(startBlock + SEARCH_BLOCKS, endBlock), sampleRate);
    for (let i = firstFrom; i + sub <= firstTo; i += sub) {
      if (loud(i)) {
        startSec = i / sampleRate;
        break;
      }
    }
    const lastFrom = blockStart(Math.max(endBlock - SEARCH_BLOCKS, startBlock), sampleRate);
    const lastTo = blockStart(endBlock, sampleRate);
    for (let i = lastTo - sub; i >= lastFrom; i -= sub) {
      if (loud(i)) {
        endSec = (i + sub) / sampleRate;
        break;
      }
    }
    return { startSec, endSec: Math.max(endSec, startSec) };
  };
}
