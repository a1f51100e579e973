import { useCallback, useEffect, useState } from 'react';
import { describeMediaError, type DeviceProblem } from './media-errors';

export interface StreamRequest {
  mode: 'audio' | 'video';
  cameraId: string | null;
  microphoneId: string | null;
  /** False while the user is not on the recording step: no camera light when not needed. */
  enabled: boolean;
}

export interface MediaStreamState {
  stream: MediaStream | null;
  problem: DeviceProblem | null;
  opening: boolean;
  retry(): void;
}

/**
 * Opens the camera and/or microphone the user picked, and closes them again when the request
 * changes or the screen goes away. A remembered device that has gone is a preference, not a
 * requirement (`ideal`), so an unplugged webcam falls back to the default one.
 */
export function useMediaStream(request: StreamRequest): MediaStreamState {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<DeviceProblem | null>(null);
  const [opening, setOpening] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const { mode, cameraId, microphoneId, enabled } = request;

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let opened: MediaStream | null = null;
    setOpening(true);
    setProblem(null);
    const constraints: MediaStreamConstraints = {
      audio: microphoneId ? { deviceId: { ideal: microphoneId } } : true,
      video:
        mode === 'video'
          ? {
              ...(cameraId ? { deviceId: { ideal: cameraId } } : {}),
              width: { ideal: 1280 },
              height: { ideal: 720 },
              frameRate: { ideal: 30 },
            }
          : false,
    };
    const getUserMedia = navigator.mediaDevices?.getUserMedia?.bind(navigator.mediaDevices);
    const pending = getUserMedia
      ? getUserMedia(constraints)
      : Promise.reject(Object.assign(new Error('no mediaDevices'), { name: 'NotSupportedError' }));
    pending
      .then((media) => {
        if (cancelled) {
          media.getTracks().forEach((t) => t.stop());
          return;
        }
        opened = media;
        setStream(media);
      })
      .catch((error: unknown) => {
        if (!cancelled) {
          setStream(null);
          setProblem(describeMediaError(error, { video: mode === 'video' }));
        }
      })
      .finally(() => {
        if (!cancelled) setOpening(false);
      });
    return () => {
      cancelled = true;
      opened?.getTracks().forEach((t) => t.stop());
      setStream(null);
    };
  }, [mode, cameraId, microphoneId, enabled, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { stream, problem, opening, retry };
}
