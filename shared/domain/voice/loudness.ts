import { BLOCK_SEC } from './band-powers';
import { powerToDb, standardDeviation } from './stats';

/**
 * Loudness of the speech in dBFS, where 0 dBFS is a full-scale square wave (20·log10 RMS, so a
 * full-scale sine reads -3.01 dBFS). The mean is energy-averaged over speech blocks (Praat's
 * default "energy" averaging: the level of all the speech played back to back); the spread is
 * the SD of 50 ms frame levels over frames that are mostly speech, which is what a listener
 * hears as emphasis or fading.
 */
export const LOUDNESS_FRAME_SEC = 0.05;
const BLOCKS_PER_FRAME = Math.round(LOUDNESS_FRAME_SEC / BLOCK_SEC);

export interface Loudness {
  readonly meanDbfs: number;
  readonly sdDb: number;
  /** Level of every 50 ms frame (dBFS), for the waveform view. */
  readonly track: Float32Array;
}

export function measureLoudness(fullPower: Float64Array, active: Uint8Array): Loudness {
  let sum = 0;
  let count = 0;
  for (let k = 0; k < fullPower.length; k++) {
    if (active[k] === 1) {
      sum += fullPower[k] as number;
      count++;
    }
  }
  const frameCount = Math.floor(fullPower.length / BLOCKS_PER_FRAME);
  const track = new Float32Array(frameCount);
  const speechFrameLevels: number[] = [];
  for (let f = 0; f < frameCount; f++) {
    let p = 0;
    let speechBlocks = 0;
    for (let j = 0; j < BLOCKS_PER_FRAME; j++) {
      const k = f * BLOCKS_PER_FRAME + j;
      p += fullPower[k] as number;
      speechBlocks += active[k] as number;
    }
    const level = powerToDb(p / BLOCKS_PER_FRAME);
    track[f] = level;
    if (speechBlocks * 2 >= BLOCKS_PER_FRAME) speechFrameLevels.push(level);
  }
  return {
    meanDbfs: count > 0 ? powerToDb(sum / count) : powerToDb(0),
    sdDb: speechFrameLevels.length > 1 ? standardDeviation(speechFrameLevels) : 0,
    track,
  };
}
