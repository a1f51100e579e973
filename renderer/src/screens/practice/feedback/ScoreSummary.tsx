import type { AttemptDetail } from '../../../../../shared/ipc/channels/attempts';
import { factsNotChecked, SCORE_BANDS, scoreBand } from '../../../../../shared/domain/evaluator/scoring';
import { useQuery } from '../../../api/use-query';
import { ScoreRing } from '../../../components/ScoreRing';
import { formatScore, scoreTone } from '../../../app/format';

const SUBSCORES: ReadonlyArray<{ key: keyof AttemptDetail['subscores']; label: string; what: string }> = [
  { key: 'content', label: 'Content', what: 'Key points, relevance and specifics' },
  { key: 'structure', label: 'Structure', what: 'STAR, order and a clear ending' },
  { key: 'language', label: 'Language', what: 'Fillers, hedging, grammar and tone' },
  { key: 'delivery', label: 'Delivery', what: 'Pace, pauses and voice (spoken answers)' },
];

/** What the overall score means to an interviewer, and what the local check cannot judge. */
function ScoreMeaning({ attempt }: { attempt: AttemptDetail }) {
  const band = scoreBand(attempt.overall);
  const questionType = attempt.evaluation?.metrics.questionType;
  const note = questionType ? factsNotChecked(questionType) : null;
  const ai = useQuery('ai:status', {});
  return (
    <div className="score-meaning">
      <p
        className="score-band"
        data-testid="score-band"
        title={SCORE_BANDS.map((b) => `${b.min}+ ${b.label}: ${b.meaning}`).join('\n')}
      >
        <strong>{band.label}.</strong> {band.meaning}
      </p>
      {note ? (
        <p className="facts-note" data-testid="facts-note">
          {note}{' '}
          {ai.data?.enabled ? (
            <button
              type="button"
              className="link-button"
              onClick={() =>
                document.querySelector('.ai-review')?.scrollIntoView({ behavior: 'smooth', block: 'start' })
              }
            >
              Ask the AI review to check the facts.
            </button>
          ) : (
            <>
              To have a language model check them, turn on AI in <a href="#/settings">Settings → AI</a>.
            </>
          )}
        </p>
      ) : null}
    </div>
  );
}

export function ScoreSummary({ attempt }: { attempt: AttemptDetail }) {
  return (
    <div className="score-summary">
      <div className="score-overall">
        <ScoreRing score={attempt.overall} testId="overall-score" />
        <ScoreMeaning attempt={attempt} />
      </div>
      <ul className="subscores" aria-label="Sub-scores">
        {SUBSCORES.map(({ key, label, what }) => {
          const value = attempt.subscores[key];
          return (
            <li key={key} className="subscore" data-testid={`subscore-${key}`}>
              <div className="subscore-head">
                <span className="subscore-label">{label}</span>
                <span className="subscore-value">{value === null ? '—' : formatScore(value)}</span>
              </div>
              <div className="bar" aria-hidden="true">
                {value === null ? null : (
                  <div className={`bar-fill tone-bg-${scoreTone(value)}`} style={{ width: `${value}%` }} />
                )}
              </div>
              <div className="subscore-what">{value === null ? 'Only for spoken answers' : what}</div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
