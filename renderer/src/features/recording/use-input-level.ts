import { useEffect, useState } from 'react';

/** dBFS at the bottom of the meter; quieter than this shows as empty. */
const FLOOR_DB = -60;
/** At or below this the input is silent for all purposes (a muted or disconnected microphone). */
export const SILENT_DBFS = -70;
const FRAME_MS = 66;

/**
 * The microphone's input level, 0–1 on a dB scale, from a Web Audio AnalyserNode (RMS of the
 * latest ~20 ms). Also reports whether the signal is hitting full scale (clipping).
 */
export interface InputLevel {
  level: number;
  /** The same reading in dBFS (RMS); null before the first frame. */
  dbfs: number | null;
  clipping: boolean;
}

export function useInputLevel(stream: MediaStream | null): InputLevel {
  const [state, setState] = useState<InputLevel>({ level: 0, dbfs: null, clipping: false });
  useEffect(() => {
    if (!stream || stream.getAudioTracks().length === 0) return;
    const context = new AudioContext();
    const source = context.createMediaStreamSource(stream);
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
    const buffer = new Float32Array(analyser.fftSize);
    let frame = 0;
    let last = 0;
    const tick = (now: number): void => {
      frame = requestAnimationFrame(tick);
      if (now - last < FRAME_MS) return;
      last = now;
      analyser.getFloatTimeDomainData(buffer);
      let sum = 0;
      let peak = 0;
      for (const v of buffer) {
        sum += v * v;
        peak = Math.max(peak, Math.abs(v));
      }
      const db = 10 * Math.log10(sum / buffer.length + 1e-12);
      setState({
        level: Math.max(0, Math.min(1, (db - FLOOR_DB) / -FLOOR_DB)),
        dbfs: db,
        clipping: peak >= 0.99,
      });
    };
    frame = requestAnimationFrame(tick);
    void context.resume().catch(() => undefined);
    return () => {
      cancelAnimationFrame(frame);
      source.disconnect();
      void context.close().catch(() => undefined);
      setState({ level: 0, dbfs: null, clipping: false });
    };
  }, [stream]);
  return state;
}
