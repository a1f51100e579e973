/**
 * Below this much detected speech a recording is treated as "no speech heard": pace, pauses,
 * pitch and loudness of speech are then undefined, so no delivery score or delivery advice is
 * given — only the one message that the microphone captured no speech.
 */
export const NO_SPEECH_SEC = 1;

export function heardSpeech(metrics: { speechSec: number }): boolean {
  return metrics.speechSec >= NO_SPEECH_SEC;
}
