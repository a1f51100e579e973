import { useEffect, useRef } from 'react';
import { LevelMeter } from '../../features/recording/LevelMeter';
import { useInputLevel } from '../../features/recording/use-input-level';
import { useRecorder } from '../../features/recording/use-recorder';
import { ErrorBanner } from '../../components/ui';
import '../../features/recording/recording.css';

/**
 * Records one answer: starts when `active` turns on (the answer clock started), stops when it
 * turns off (the user finished or time ran out), and reports the recording's id once main has
 * closed the file. Mounted once per question so each answer gets its own recorder.
 */
export function RecordedAnswer({
  stream,
  mode,
  active,
  maxSec,
  questionId,
  questionText,
  onRecorded,
}: {
  stream: MediaStream;
  mode: 'audio' | 'video';
  active: boolean;
  maxSec: number;
  questionId: string;
  questionText: string;
  onRecorded(id: string): void;
}) {
  const recorder = useRecorder({
    stream,
    mode,
    maxSec,
    countdownSec: 0,
    questionId,
    questionText,
    onFinished: onRecorded,
  });
  const { level, dbfs, clipping } = useInputLevel(stream);
  const started = useRef(false);
  const { phase, start, stop } = recorder;

  useEffect(() => {
    if (active && !started.current && phase === 'idle') {
      started.current = true;
      start();
    }
    if (!active && phase === 'recording') stop();
  }, [active, phase, start, stop]);

  return (
    <div className="mock-recorded" data-phase={phase}>
      <div className="mock-rec-status" data-testid="mock-recording-status">
        {phase === 'recording' ? (
          <>
            <span className="mock-rec-dot" aria-hidden="true" /> Recording your answer
          </>
        ) : phase === 'stopping' ? (
          'Saving the recording…'
        ) : phase === 'done' ? (
          'Recording saved'
        ) : (
          'Your microphone is ready'
        )}
      </div>
      <LevelMeter level={level} dbfs={dbfs} clipping={clipping} />
      {recorder.problem ? <ErrorBanner message={recorder.problem} /> : null}
    </div>
  );
}
