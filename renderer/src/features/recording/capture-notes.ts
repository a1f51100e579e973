/**
 * What the recorder saw while a recording was made (the microphone's name, the loudest level on
 * the meter), kept for the review screen of this session: the main process cannot know either,
 * and the no-speech message needs both to say what to check.
 */
export interface CaptureNote {
  microphone: string | null;
  /** The highest meter reading while recording, in dBFS; null when the meter had no audio track. */
  meterPeakDbfs: number | null;
}

const notes = new Map<string, CaptureNote>();

export function rememberCapture(recordingId: string, note: CaptureNote): void {
  notes.set(recordingId, note);
}

export function captureNote(recordingId: string): CaptureNote | null {
  return notes.get(recordingId) ?? null;
}
