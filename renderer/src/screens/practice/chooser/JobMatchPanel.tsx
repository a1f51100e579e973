import { useId, useState } from 'react';
import type { MatchJobResult } from '../../../../../shared/ipc/channels/questions';
import { call, errorMessage } from '../../../api/client';
import { Button, ErrorBanner } from '../../../components/ui';
import { roleLabel } from '../labels';
import { QuestionSetResult } from './QuestionList';

const MAX_POSTING = 20_000;

/** Paste a job posting; get a practice set matched to it, each pick with its reasons. */
export function JobMatchPanel() {
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<MatchJobResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const match = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      setResult(await call('questions:match-job', { description: text, limit: 10 }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="job-match">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void match();
        }}
      >
        <label htmlFor={id} className="field-label">
          Job description
        </label>
        <p className="field-hint">
          Paste the posting. Matching happens on this computer: the text is not stored or sent anywhere.
        </p>
        <textarea
          id={id}
          className="job-text"
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value.slice(0, MAX_POSTING))}
          placeholder="e.g. Senior Product Manager — you will own the roadmap, run discovery with customers…"
        />
        <div className="form-actions">
          <span className="muted small">
            {text.length ? `${text.length.toLocaleString()} / ${MAX_POSTING.toLocaleString()} characters` : ''}
          </span>
          <Button variant="primary" type="submit" disabled={busy || text.trim().length === 0}>
            {busy ? 'Matching…' : 'Find matching questions'}
          </Button>
        </div>
      </form>
      {error ? <ErrorBanner message={error} /> : null}
      {result ? (
        <QuestionSetResult
          label="Questions matched to the job description"
          summary={
            <>
              <strong>
                {result.roles.length
                  ? `Looks like: ${result.roles.map(roleLabel).join(' / ')}`
                  : 'No specific role recognised'}
              </strong>
              {result.keywords.length ? (
                <div className="muted small">Key words: {result.keywords.slice(0, 8).join(', ')}</div>
              ) : null}
            </>
          }
          questions={result.matches.map((m) => ({
            question: m.question,
            extra: (
              <span className="match-reasons">
                {m.reasons.map((r) => (
                  <span key={r}>{r}</span>
                ))}
              </span>
            ),
          }))}
        />
      ) : null}
    </div>
  );
}
