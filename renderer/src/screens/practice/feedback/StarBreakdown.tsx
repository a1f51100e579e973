import type { Evaluation } from '../../../../../shared/domain/evaluator/schema';

const PARTS = [
  { key: 'situation', letter: 'S', label: 'Situation', ask: 'Where and when, and what was at stake?' },
  { key: 'task', letter: 'T', label: 'Task', ask: 'What were you responsible for?' },
  { key: 'action', letter: 'A', label: 'Action', ask: 'What did you do, step by step?' },
  { key: 'result', letter: 'R', label: 'Result', ask: 'How did it end — in numbers if you can?' },
] as const;

export function StarBreakdown({ evaluation }: { evaluation: Evaluation }) {
  const star = evaluation.metrics.star;
  const expected = evaluation.metrics.questionType === 'behavioral';
  return (
    <div>
      {!expected ? (
        <p className="section-lede">
          STAR matters most for “tell me about a time” questions; here it shows how your answer flows.
        </p>
      ) : null}
      <ol className="star" data-testid="star-breakdown">
        {PARTS.map((p) => {
          const part = star[p.key];
          return (
            <li key={p.key} className={part.present ? 'star-part is-present' : 'star-part is-missing'}>
              <span className="star-letter" aria-hidden="true">
                {p.letter}
              </span>
              <div className="star-body">
                <div className="star-label">
                  {p.label} <span className="star-state">{part.present ? 'present' : 'missing'}</span>
                </div>
                {part.present && part.evidence ? (
                  <q className="evidence">{part.evidence}</q>
                ) : (
                  <span className="muted small">{p.ask}</span>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
