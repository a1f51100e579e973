import { useEffect, useState } from 'react';
import { shortDate } from '../../../../shared/domain/reports/day-math';
import { categoryLabel, MODE_LABELS } from '../../../../shared/domain/reports/labels';
import { localDay } from '../../../../shared/domain/stats/local-day';
import type { HistoryAttempt } from '../../../../shared/ipc/channels/reports';
import type { RecordingView, WaveformPeaksView } from '../../../../shared/ipc/channels/recording';
import { call, errorMessage } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { formatScore, scoreTone } from '../../app/format';
import { hasScreen } from '../../app/screen-registry';
import { Card, ErrorBanner } from '../../components/ui';
import { RecordingPlayer } from '../../features/recording/RecordingPlayer';
import { VoiceMetricsPanel } from '../../features/recording/VoiceMetricsPanel';
import '../../features/recording/recording.css';
import { EvaluationDetails } from '../practice/feedback/EvaluationDetails';
import { ScoreSummary } from '../practice/feedback/ScoreSummary';
import { formatClock } from '../practice/labels';
import { practiceHref } from '../practice/practice-route';
import '../practice/practice.css';
import { Icon } from '../../components/Icon';
import { reportsHref, type ReportsLocation } from './report-route';

function useRecording(id: string | null): {
  recording: RecordingView | null;
  peaks: WaveformPeaksView | null;
  error: string | undefined;
} {
  const [recording, setRecording] = useState<RecordingView | null>(null);
  const [peaks, setPeaks] = useState<WaveformPeaksView | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    let cancelled = false;
    setRecording(null);
    setPeaks(null);
    setError(undefined);
    if (!id) return;
    call('recording:get', { id })
      .then((r) => {
        if (cancelled) return;
        setRecording(r);
        if (r.status === 'ready') return call('recording:peaks', { id }).then((p) => !cancelled && setPeaks(p));
        return undefined;
      })
      .catch((err: unknown) => !cancelled && setError(errorMessage(err)));
    return () => {
      cancelled = true;
    };
  }, [id]);
  return { recording, peaks, error };
}

function Recording({ data }: { data: HistoryAttempt }) {
  const { attempt } = data;
  const { recording, peaks, error } = useRecording(attempt.recordingId);
  if (attempt.mode === 'text') return null;
  if (!attempt.recordingId) {
    return (
      <Card title="Recording">
        <p className="muted">
          {data.isSample
            ? 'Sample answers come without a recording; their delivery scores come from made-up voice measurements.'
            : 'The recording of this answer is no longer kept; its scores are.'}
        </p>
      </Card>
    );
  }
  return (
    <Card title="Recording" className="attempt-recording">
      {error ? <ErrorBanner message={error} /> : null}
      {recording?.review ? (
        <>
          <RecordingPlayer recording={recording} review={recording.review} peaks={peaks} />
          <VoiceMetricsPanel review={recording.review} />
        </>
      ) : recording ? (
        <p className="muted">
          This recording is {recording.status === 'failed' ? 'damaged and cannot be played' : 'still being processed'}.
        </p>
      ) : !error ? (
        <p className="muted">Loading the recording…</p>
      ) : null}
    </Card>
  );
}

/** One past answer, read-only: what was asked, what was said, how it scored and why, and the recording. */
export function AttemptDetailView({ id, back }: { id: string; back: Partial<ReportsLocation> }) {
  const query = useQuery('reports:attempt', { id });
  const data = query.data;
  const backHref = reportsHref({ ...back, attempt: null });
  return (
    <div className="attempt-detail">
      <a className="back-link" href={backHref} data-testid="back-to-history">
        <Icon size={16} name="arrowLeft" /> Back to {back.tab === 'history' ? 'history' : 'reports'}
      </a>
      {query.error ? <ErrorBanner message={query.error} onRetry={query.reload} /> : null}
      {data ? (
        <Detail data={data} back={back} />
      ) : !query.error ? (
        <div className="loading">Loading the answer…</div>
      ) : null}
    </div>
  );
}

function Detail({ data, back }: { data: HistoryAttempt; back: Partial<ReportsLocation> }) {
  const { attempt, session } = data;
  const evaluation = attempt.evaluation;
  const others = data.sameQuestion.filter((a) => a.id !== attempt.id);
  return (
    <>
      <Card className="attempt-head">
        <div className="attempt-head-row">
          <div>
            <div className="attempt-badges">
              <span>{categoryLabel(attempt.category)}</span>
              <span>{MODE_LABELS[attempt.mode]}</span>
              <span>{shortDate(attempt.localDay, true)}</span>
              {attempt.durationSec ? <span>{formatClock(attempt.durationSec)}</span> : null}
              {session?.kind === 'mock' ? (
                <span className="kind-badge">
                  Mock interview · question {session.position} of {session.of}
                </span>
              ) : null}
              {data.isSample ? <span className="sample-badge">Sample</span> : null}
            </div>
            <h2 className="attempt-title" data-testid="attempt-question">
              {attempt.questionText}
            </h2>
          </div>
          {attempt.questionId && hasScreen('practice') ? (
            <a className="btn btn-secondary" href={practiceHref({ q: attempt.questionId })}>
              <Icon size={16} name="retry" /> Practise again
            </a>
          ) : null}
        </div>
        <ScoreSummary attempt={attempt} />
      </Card>
      <Recording data={data} />
      {evaluation ? (
        <>
          <EvaluationDetails answerText={attempt.answerText} evaluation={evaluation} />
        </>
      ) : (
        <Card title="Your answer">
          <p className="attempt-plain-answer">{attempt.answerText}</p>
          <p className="muted small">No detailed feedback was stored with this answer.</p>
        </Card>
      )}
      {others.length ? (
        <Card title="Your other tries at this question">
          <ul className="tries">
            {data.sameQuestion.map((a) => (
              <li key={a.id}>
                {a.id === attempt.id ? (
                  <span className="try is-current">
                    <span className={`score-chip tone-${scoreTone(a.overall)}`}>{formatScore(a.overall)}</span>{' '}
                    {shortDate(localDay(new Date(a.createdAt)), true)} · this one
                  </span>
                ) : (
                  <a className="try" href={reportsHref({ ...back, attempt: a.id })}>
                    <span className={`score-chip tone-${scoreTone(a.overall)}`}>{formatScore(a.overall)}</span>{' '}
                    {shortDate(localDay(new Date(a.createdAt)), true)}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
