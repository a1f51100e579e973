import { useEffect, useRef, useState } from 'react';
import { useSettings } from '../../app/settings-context';
import { Icon } from '../../components/Icon';
import { Button, ErrorBanner } from '../../components/ui';
import { DevicePicker } from './DevicePicker';
import { formatClock } from './format-time';
import { LevelMeter } from './LevelMeter';
import { rememberCapture } from './capture-notes';
import { useInputLevel } from './use-input-level';
import { useMediaDevices } from './use-media-devices';
import { useMediaStream } from './use-media-stream';
import { useRecorder } from './use-recorder';
import './recording.css';

export const MAX_LENGTH_CHOICES = [60, 120, 180, 300, 600] as const;

export interface RecorderPanelProps {
  mode: 'audio' | 'video';
  questionId: string | null;
  questionText: string;
  onRecorded(id: string): void;
  onBack?(): void;
}

/**
 * Pick devices, check the picture and the level, then record with a countdown and a maximum
 * length. Reusable: it knows nothing of the screen around it, only the question it answers.
 */
export function RecorderPanel({ mode, questionId, questionText, onRecorded, onBack }: RecorderPanelProps) {
  const { settings, update } = useSettings();
  const devices = useMediaDevices();
  const [maxSec, setMaxSec] = useState<number>(180);
  const { stream, problem, opening, retry } = useMediaStream({
    mode,
    cameraId: settings.devices.cameraId,
    microphoneId: settings.devices.microphoneId,
    enabled: true,
  });
  const { level, dbfs, clipping } = useInputLevel(stream);
  // The meter's loudest reading while recording, for the review to quote if no speech is found.
  const meterPeak = useRef<number | null>(null);
  const recorder = useRecorder({
    stream,
    mode,
    maxSec,
    countdownSec: 3,
    questionId,
    questionText,
    onFinished: (id) => {
      rememberCapture(id, {
        microphone: stream?.getAudioTracks()[0]?.label || null,
        meterPeakDbfs: meterPeak.current,
      });
      onRecorded(id);
    },
  });
  useEffect(() => {
    if (recorder.phase === 'countdown') meterPeak.current = null;
    if (recorder.phase === 'recording' && dbfs !== null) {
      meterPeak.current = Math.max(meterPeak.current ?? -Infinity, dbfs);
    }
  }, [recorder.phase, dbfs]);
  const preview = useRef<HTMLVideoElement>(null);
  const refreshDevices = devices.refresh;

  useEffect(() => {
    if (preview.current) preview.current.srcObject = stream;
    // Device names are only readable once access is granted.
    if (stream) refreshDevices();
  }, [stream, refreshDevices]);

  const busy = recorder.phase !== 'idle';
  const remember = (patch: { cameraId?: string | null; microphoneId?: string | null }): void => {
    void update({ devices: patch });
  };

  return (
    <div className="recorder" data-phase={recorder.phase}>
      <div className={`recorder-stage ${mode === 'audio' ? 'is-audio' : ''}`}>
        {mode === 'video' ? (
          <video ref={preview} className="recorder-preview" autoPlay muted playsInline aria-label="Camera preview" />
        ) : null}
        {mode === 'audio' || !stream ? (
          <div className="recorder-placeholder">
            <Icon name={mode === 'audio' ? 'mic' : 'video'} size={40} />
            <span>
              {problem
                ? 'No device'
                : opening
                  ? 'Opening your ' + (mode === 'audio' ? 'microphone…' : 'camera…')
                  : mode === 'audio'
                    ? 'Audio only — no camera is used'
                    : ''}
            </span>
          </div>
        ) : null}
        {recorder.phase === 'countdown' ? (
          <div className="recorder-countdown" aria-live="assertive" data-testid="countdown">
            {recorder.countdown}
          </div>
        ) : null}
        {recorder.phase === 'recording' || recorder.phase === 'stopping' ? (
          <div className="recorder-live" data-testid="recording-timer">
            <span className="recorder-dot" aria-hidden="true" />
            REC {formatClock(recorder.elapsedSec)} / {formatClock(maxSec)}
          </div>
        ) : null}
      </div>
      {recorder.phase === 'recording' ? (
        <div className="recorder-progress" aria-hidden="true">
          <div style={{ width: `${Math.min(100, (recorder.elapsedSec / maxSec) * 100)}%` }} />
        </div>
      ) : null}

      {problem ? (
        <div className="device-problem" role="alert" data-testid="device-problem">
          <Icon name="warning" size={20} />
          <div>
            <strong>{problem.title}</strong>
            <p>{problem.help}</p>
          </div>
          <Button icon="refresh" onClick={retry}>
            Try again
          </Button>
        </div>
      ) : null}
      {recorder.problem ? <ErrorBanner message={recorder.problem} /> : null}

      <div className="recorder-controls">
        <div className="recorder-devices">
          {mode === 'video' ? (
            <DevicePicker
              label="Camera"
              devices={devices.cameras}
              value={settings.devices.cameraId}
              disabled={busy}
              onChange={(id) => remember({ cameraId: id })}
            />
          ) : null}
          <DevicePicker
            label="Microphone"
            devices={devices.microphones}
            value={settings.devices.microphoneId}
            disabled={busy}
            onChange={(id) => remember({ microphoneId: id })}
          />
          <label className="field device-picker">
            <span>Maximum length</span>
            <select value={maxSec} disabled={busy} onChange={(e) => setMaxSec(Number(e.target.value))}>
              {MAX_LENGTH_CHOICES.map((s) => (
                <option key={s} value={s}>
                  {s / 60} min
                </option>
              ))}
            </select>
          </label>
        </div>
        <LevelMeter level={level} dbfs={dbfs} clipping={clipping} />
        <div className="recorder-buttons">
          {onBack && !busy ? (
            <Button variant="ghost" onClick={onBack}>
              Back
            </Button>
          ) : null}
          {recorder.phase === 'idle' ? (
            <Button variant="primary" icon="record" disabled={!stream} onClick={recorder.start}>
              Start recording
            </Button>
          ) : null}
          {recorder.phase === 'countdown' ? <Button onClick={recorder.cancelCountdown}>Cancel</Button> : null}
          {recorder.phase === 'recording' ? (
            <Button variant="danger" icon="stop" onClick={recorder.stop}>
              Stop
            </Button>
          ) : null}
          {recorder.phase === 'stopping' || recorder.phase === 'done' ? (
            <Button disabled icon="stop">
              Saving…
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
