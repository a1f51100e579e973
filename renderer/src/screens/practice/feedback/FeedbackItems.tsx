import type { FeedbackItem } from '../../../../../shared/domain/evaluator/schema';

function Items({ items, kind }: { items: readonly FeedbackItem[]; kind: 'strength' | 'improve' }) {
  if (items.length === 0)
    return (
      <p className="muted small">
        {kind === 'strength'
          ? 'Nothing stood out yet — the points on the right will get you there.'
          : 'Nothing to fix. Keep it up.'}
      </p>
    );
  return (
    <ul className={`feedback-items is-${kind}`}>
      {items.map((item, i) => (
        <li key={`${item.area}-${i}`} className="feedback-item" data-area={item.area}>
          <span className="feedback-area">{item.area.replace('-', ' ')}</span>
          <p className="feedback-message">{item.message}</p>
          {item.evidence.length ? (
            <div className="feedback-evidence">
              {item.evidence.slice(0, 3).map((quote, j) => (
                <q key={j} className="evidence">
                  {quote}
                </q>
              ))}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function FeedbackItems({ feedback }: { feedback: readonly FeedbackItem[] }) {
  return (
    <div className="feedback-columns" data-testid="feedback-items">
      <section aria-labelledby="fb-strengths">
        <h3 id="fb-strengths" className="feedback-heading is-strength">
          What worked
        </h3>
        <Items kind="strength" items={feedback.filter((f) => f.kind === 'strength')} />
      </section>
      <section aria-labelledby="fb-improve">
        <h3 id="fb-improve" className="feedback-heading is-improve">
          What to improve
        </h3>
        <Items kind="improve" items={feedback.filter((f) => f.kind === 'improve')} />
      </section>
    </div>
  );
}
