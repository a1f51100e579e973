import { useCallback, useEffect, useState } from 'react';
import type { QuestionCategory } from '../../../../shared/domain/questions/bank-schema';
import type { RecordingView, WaveformPeaksView } from '../../../../shared/ipc/channels/recording';
import { call, errorMessage } from '../../api/client';
import { formatScore, scoreTone } from '../../app/format';
import { Button, Card, ErrorBanner } from '../../components/ui';
import { formatClock } from '../../features/recording/format-time';
import { ProcessingProgress } from '../../features/recording/ProcessingProgress';
import { RecordingPlayer } from '../../features/recording/RecordingPlayer';
import { captureNote } from '../../features/recording/capture-notes';
import { VoiceMetricsPanel } from '../../features/recording/VoiceMetricsPanel';
import { EvaluationPanel } from './EvaluationPanel';

/** Processing progress, then playback with the waveform, the voice metrics and the scoring. */
export function ReviewStep({
  id,
  category,
  onRecordAgain,
  onNewQuestion,
  onDeleted,
}: {
  id: string;
  category: QuestionCategory | null;
  onRecordAgain(): void;
  onNewQuestion(): void;
  onDeleted(): void;
}) {
  const [recording, setRecording] = useState<RecordingView | null>(null);
  const [peaks, setPeaks] = useState<WaveformPeaksView | null>(null);
  const [error, setError] = useState<string>();
  const [confirmDelete, setConfirmDelete] = useState(false);

  const load = useCallback(() => {
    call('recording:get', { id })
      .then((r) => {
        setRecording(r);
        if (r.status === 'ready') return call('recording:peaks', { id }).then(setPeaks);
        return undefined;
      })
      .catch((err: unknown) => setError(errorMessage(err)));
  }, [id]);
  useEffect(load, [load]);

  const remove = (): void => {
    call('recording:delete', { id })
      .then(onDeleted)
      .catch((err: unknown) => setError(errorMessage(err)));
  };

  if (error) return <ErrorBanner message={error} onRetry={load} />;
  if (!recording) return <div className="loading">Loading the recording…</div>;
  if (recording.status === 'recording' || recording.status === 'processing') {
    return (
      <Card title="2. Processing your answer">
        <ProcessingProgress id={id} onDone={load} />
      </Card>
    );
  }

  const actions = (
    <div className="vi-actions">
      <Button icon="record" onClick={onRecordAgain}>
        Record again
      </Button>
      <Button icon="refresh" onClick={onNewQuestion}>
        New question
      </Button>
      {confirmDelete ? (
        <span className="vi-confirm">
          Delete this recording for good?
          <Button variant="danger" onClick={remove}>
            Delete
          </Button>
          <Button variant="ghost" onClick={() => setConfirmDelete(false)}>
            Keep it
          </Button>
        </span>
      ) : (
        <Button variant="ghost" icon="trash" onClick={() => setConfirmDelete(true)}>
          Delete recording
        </Button>
      )}
    </div>
  );

  if (recording.status === 'failed' || !recording.review) {
    return (
      <Card title="This recording could not be processed">
        <ErrorBanner message={recording.error ?? 'Processing failed.'} />
        {actions}
      </Card>
    );
  }

  const review = recording.review;
  return (
    <>
      <Card
        title={recording.questionText ?? 'Your answer'}
        actions={
          <span className="vi-duration">
            {recording.recovered ? <span className="vi-badge">Recovered</span> : null}
            {formatClock(recording.durationSec ?? 0)}
          </span>
        }
      >
        <RecordingPlayer recording={recording} review={review} peaks={peaks} />
      </Card>
      <Card
        title="Your delivery"
        actions={
          review.delivery ? (
            <span
              className={`score-pill tone-${scoreTone(review.delivery.score)}`}
              data-testid="delivery-score"
              title="Delivery score from your voice"
            >
              {formatScore(review.delivery.score)}
            </span>
          ) : null
        }
      >
        <VoiceMetricsPanel review={review} note={captureNote(id)} onRetry={onRecordAgain} />
      </Card>
      <EvaluationPanel
        recording={recording}
        question={{ id: recording.questionId, text: recording.questionText ?? 'Free answer', category }}
        onScored={() => undefined}
      />
      {actions}
    </>
  );
}
