import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, call, errorMessage } from '../../api/client';
import { createChunkUploader, type ChunkUploader } from './chunk-uploader';

export type RecorderPhase = 'idle' | 'countdown' | 'recording' | 'stopping' | 'done';

export interface RecorderOptions {
  stream: MediaStream | null;
  mode: 'audio' | 'video';
  maxSec: number;
  countdownSec: number;
  questionId: string | null;
  questionText: string | null;
  /** Called once the recording is closed in main and queued for processing. */
  onFinished(id: string): void;
}

export interface Recorder {
  phase: RecorderPhase;
  countdown: number;
  elapsedSec: number;
  /** Something the user must know (a full disk, a refused start); null when all is well. */
  problem: string | null;
  start(): void;
  stop(): void;
  cancelCountdown(): void;
}

/** MediaRecorder timeslice: main receives (and can keep) the recording second by second. */
export const TIMESLICE_MS = 1000;

export function pickMimeType(mode: 'audio' | 'video'): string {
  const candidates =
    mode === 'video'
      ? ['video/webm;codecs=vp8,opus', 'video/webm;codecs=vp9,opus', 'video/webm']
      : ['audio/webm;codecs=opus', 'audio/webm'];
  return (
    candidates.find((type) => typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported(type)) ??
    candidates[candidates.length - 1] ??
    'video/webm'
  );
}

/**
 * Countdown, MediaRecorder with 1 s chunks streamed to main in order, a running timer and an
 * automatic stop at the maximum length. A full disk stops the recording at once; main keeps and
 * processes what it had written.
 */
export function useRecorder(options: RecorderOptions): Recorder {
  const [phase, setPhase] = useState<RecorderPhase>('idle');
  const [countdown, setCountdown] = useState(0);
  const [elapsedSec, setElapsedSec] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const live = useRef<{
    recorder: MediaRecorder;
    uploader: ChunkUploader;
    id: string;
    startedAt: number;
    timer: number;
  } | null>(null);
  const countdownTimer = useRef<number | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const finish = useCallback(async () => {
    const current = live.current;
    if (!current) return;
    live.current = null;
    window.clearInterval(current.timer);
    await current.uploader.drain();
    try {
      await call('recording:stop', { id: current.id });
      setPhase('done');
      latest.current.onFinished(current.id);
    } catch (error) {
      setProblem(`The recording could not be closed: ${errorMessage(error)}`);
      setPhase('idle');
    }
  }, []);

  const stop = useCallback(() => {
    const current = live.current;
    if (!current || current.recorder.state === 'inactive') return;
    setPhase('stopping');
    // The last chunk arrives in 'dataavailable' before 'stop' fires; finish() runs on 'stop'.
    current.recorder.stop();
  }, []);

  const begin = useCallback(async () => {
    const { stream, mode, questionId, questionText, maxSec } = latest.current;
    if (!stream) {
      setPhase('idle');
      return;
    }
    const mimeType = pickMimeType(mode);
    let id: string;
    try {
      id = (await call('recording:start', { mode, mimeType: mimeType, questionId, questionText })).id;
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.code === 'DISK_FULL'
          ? error.message
          : `Recording could not start: ${errorMessage(error)}`,
      );
      setPhase('idle');
      return;
    }
    const tracks = mode === 'video' ? stream : new MediaStream(stream.getAudioTracks());
    const recorder = new MediaRecorder(tracks, {
      mimeType,
      audioBitsPerSecond: 96_000,
      ...(mode === 'video' ? { videoBitsPerSecond: 1_500_000 } : {}),
    });
    const uploader = createChunkUploader(id, (error) => {
      setProblem(
        error instanceof ApiError && error.code === 'DISK_FULL'
          ? 'Your disk is full, so recording stopped. Everything recorded up to that moment is kept and will be analysed.'
          : `Recording stopped: ${error.message}. What was recorded so far is kept.`,
      );
      if (recorder.state !== 'inactive') {
        setPhase('stopping');
        recorder.stop();
      }
    });
    recorder.addEventListener('dataavailable', (event) => uploader.push(event.data));
    recorder.addEventListener('stop', () => void finish());
    const startedAt = performance.now();
    const timer = window.setInterval(() => {
      const elapsed = (performance.now() - startedAt) / 1000;
      setElapsedSec(elapsed);
      if (elapsed >= maxSec) stop();
    }, 200);
    live.current = { recorder, uploader, id, startedAt, timer };
    recorder.start(TIMESLICE_MS);
    setElapsedSec(0);
    setPhase('recording');
  }, [finish, stop]);

  const start = useCallback(() => {
    if (live.current || countdownTimer.current !== null) return;
    setProblem(null);
    const seconds = latest.current.countdownSec;
    if (seconds <= 0) {
      void begin();
      return;
    }
    setCountdown(seconds);
    setPhase('countdown');
    let left = seconds;
    countdownTimer.current = window.setInterval(() => {
      left -= 1;
      setCountdown(left);
      if (left <= 0) {
        if (countdownTimer.current !== null) window.clearInterval(countdownTimer.current);
        countdownTimer.current = null;
        void begin();
      }
    }, 1000);
  }, [begin]);

  const cancelCountdown = useCallback(() => {
    if (countdownTimer.current !== null) window.clearInterval(countdownTimer.current);
    countdownTimer.current = null;
    setPhase('idle');
  }, []);

  // Leaving the screen mid-recording stops it properly: main keeps and processes what arrived.
  useEffect(
    () => () => {
      if (countdownTimer.current !== null) window.clearInterval(countdownTimer.current);
      const current = live.current;
      if (current && current.recorder.state !== 'inactive') current.recorder.stop();
    },
    [],
  );

  return { phase, countdown, elapsedSec, problem, start, stop, cancelCountdown };
}
