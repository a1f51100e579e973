import { useEffect, useState } from 'react';
import type { RecordingProgress } from '../../../../shared/ipc/channels/recording';
import { bridge } from '../../api/bridge';
import { call } from '../../api/client';

const STAGE_TEXT: Record<RecordingProgress['stage'], string> = {
  queued: 'Waiting to process…',
  processing: 'Saving the recording and reading the audio…',
  analysing: 'Analysing your voice: pace, pauses, pitch and loudness…',
  ready: 'Done',
  failed: 'Processing failed',
};

/**
 * Follows a recording's processing from main's 'recording:progress' events; calls onDone when it
 * is ready or has failed. Also asks once, in case processing finished before this mounted.
 */
export function ProcessingProgress({ id, onDone }: { id: string; onDone(): void }) {
  const [progress, setProgress] = useState<RecordingProgress>({ id, stage: 'queued', percent: null });

  useEffect(() => {
    let finished = false;
    const done = (): void => {
      if (!finished) {
        finished = true;
        onDone();
      }
    };
    const off = bridge.on('recording:progress', (event) => {
      if (event.id !== id) return;
      setProgress(event);
      if (event.stage === 'ready' || event.stage === 'failed') done();
    });
    call('recording:get', { id })
      .then((r) => {
        if (r.status === 'ready' || r.status === 'failed') done();
      })
      .catch(() => undefined);
    return off;
  }, [id, onDone]);

  const percent = progress.percent ?? null;
  return (
    <div className="processing" role="status" aria-live="polite" data-testid="processing">
      <div className="processing-spinner" aria-hidden="true" />
      <div className="processing-text">
        <strong>{STAGE_TEXT[progress.stage]}</strong>
        <div className={`processing-bar ${percent === null ? 'is-indeterminate' : ''}`}>
          <div style={percent === null ? undefined : { width: `${Math.round(percent)}%` }} />
        </div>
        <span className="processing-hint">Everything happens on this computer. Your recording never leaves it.</span>
      </div>
    </div>
  );
}
