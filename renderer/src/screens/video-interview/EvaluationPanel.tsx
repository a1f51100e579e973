import { TranscribeButton } from '../../features/ai/TranscribeButton';
import { useEffect, useState } from 'react';
import { QUESTION_CATEGORIES, type QuestionCategory } from '../../../../shared/domain/questions/bank-schema';
import type { AttemptDetail } from '../../../../shared/ipc/channels/attempts';
import type { RecordingView } from '../../../../shared/ipc/channels/recording';
import { call, errorMessage } from '../../api/client';
import { formatScore, scoreTone, titleCase } from '../../app/format';
import { Icon } from '../../components/Icon';
import { Button, Card, ErrorBanner } from '../../components/ui';

const SUBSCORES: ReadonlyArray<[keyof AttemptDetail['subscores'], string]> = [
  ['content', 'Content'],
  ['structure', 'Structure'],
  ['language', 'Language'],
  ['delivery', 'Delivery'],
];

function ScoreSummary({ attempt }: { attempt: AttemptDetail }) {
  const feedback = attempt.evaluation?.feedback ?? [];
  return (
    <div className="vi-result" data-testid="evaluation-result">
      <div className={`vi-overall tone-${scoreTone(attempt.overall)}`}>
        <span>{formatScore(attempt.overall)}</span>
        <small>overall</small>
      </div>
      <div className="vi-subscores">
        {SUBSCORES.map(([key, text]) => (
          <div key={key} className="vi-subscore">
            <span>{text}</span>
            <strong>{formatScore(attempt.subscores[key])}</strong>
          </div>
        ))}
      </div>
      {feedback.length ? (
        <ul className="advice-list">
          {feedback.slice(0, 5).map((f, i) => (
            <li key={i} className={`advice advice-${f.kind === 'strength' ? 'good' : 'ok'}`}>
              <Icon name={f.kind === 'strength' ? 'check' : 'warning'} size={18} />
              <div>
                <strong>{f.kind === 'strength' ? 'Strength' : 'To improve'}</strong>
                <p>{f.message}</p>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {attempt.notice ? <p className="card-intro">{attempt.notice}</p> : null}
    </div>
  );
}

/**
 * The full score needs words: the evaluator grades content and structure from text. The user
 * types notes or a transcript of what they said; main adds the recording's voice metrics, so the
 * delivery sub-score comes from how it sounded. Without text the voice-only delivery feedback
 * above stands on its own and nothing is added to the practice history.
 */
export function EvaluationPanel({
  recording,
  question,
  onScored,
}: {
  recording: RecordingView;
  question: { id: string | null; text: string; category: QuestionCategory | null };
  onScored(attempt: AttemptDetail): void;
}) {
  const [text, setText] = useState('');
  const [verbatim, setVerbatim] = useState(false);
  const [category, setCategory] = useState<QuestionCategory>(question.category ?? 'behavioral');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState<AttemptDetail | null>(null);

  // A recording already scored shows its score (e.g. opened again from the list).
  useEffect(() => {
    if (!recording.attemptId) return;
    call('attempts:get', { id: recording.attemptId })
      .then(setAttempt)
      .catch(() => undefined);
  }, [recording.attemptId]);

  const submit = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await call('recording:evaluate', {
        id: recording.id,
        questionId: question.id,
        questionText: question.text,
        category,
        answerText: text,
        verbatim,
      });
      setAttempt(result);
      onScored(result);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Get a full score">
      {attempt ? (
        <ScoreSummary attempt={attempt} />
      ) : (
        <>
          <p className="card-intro">
            The delivery feedback above comes from your voice alone. To score what you said — key points, structure,
            specifics — add your notes or a transcript of your answer. It is saved with this recording in your practice
            history.
          </p>
          <label className="field">
            <span>Notes or transcript</span>
            <textarea
              rows={5}
              value={text}
              maxLength={20_000}
              placeholder="In my last role I… (the situation, what you did, and the result)"
              onChange={(e) => setText(e.target.value)}
              data-testid="answer-notes"
            />
          </label>
          <TranscribeButton
            recordingId={recording.id}
            onTranscript={(transcript) => {
              setText(transcript);
              setVerbatim(true);
            }}
          />
          <label className="check-row">
            <input type="checkbox" checked={verbatim} onChange={(e) => setVerbatim(e.target.checked)} />
            <span>This is word for word what I said — count my exact pace from it</span>
          </label>
          {question.category === null ? (
            <label className="field vi-category">
              <span>Category</span>
              <select value={category} onChange={(e) => setCategory(e.target.value as QuestionCategory)}>
                {QUESTION_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {titleCase(c)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {error ? <ErrorBanner message={error} /> : null}
          <div className="vi-actions">
            <Button
              variant="primary"
              icon="target"
              disabled={busy || text.trim().length === 0}
              onClick={() => void submit()}
            >
              {busy ? 'Scoring…' : 'Score my answer'}
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}
