import { countWords } from '../../../../../shared/domain/evaluator/text/tokenize';
import type { AttemptDetail } from '../../../../../shared/ipc/channels/attempts';
import { formatScore, formatWhen } from '../../../app/format';

const ROWS = [
  { key: 'overall', label: 'Overall' },
  { key: 'content', label: 'Content' },
  { key: 'structure', label: 'Structure' },
  { key: 'language', label: 'Language' },
  { key: 'delivery', label: 'Delivery' },
] as const;

function scoreOf(a: AttemptDetail, key: (typeof ROWS)[number]['key']): number | null {
  return key === 'overall' ? a.overall : a.subscores[key];
}

function Delta({ before, after }: { before: number | null; after: number | null }) {
  if (before === null || after === null) return <span className="delta is-none">—</span>;
  const d = Math.round(after) - Math.round(before);
  const tone = d > 0 ? 'is-up' : d < 0 ? 'is-down' : 'is-same';
  return (
    <span className={`delta ${tone}`}>
      {d > 0 ? `▲ +${d}` : d < 0 ? `▼ ${d}` : '±0'}
      <span className="visually-hidden">{d > 0 ? ' better' : d < 0 ? ' worse' : ' no change'}</span>
    </span>
  );
}

/** This attempt beside the previous one at the same question: every score with its change, and both answers. */
export function AttemptComparison({ previous, current }: { previous: AttemptDetail; current: AttemptDetail }) {
  const rows = ROWS.filter((r) => scoreOf(previous, r.key) !== null || scoreOf(current, r.key) !== null);
  return (
    <div className="comparison" data-testid="comparison">
      <table className="comparison-table">
        <thead>
          <tr>
            <th scope="col">Score</th>
            <th scope="col">Previous · {formatWhen(previous.createdAt)}</th>
            <th scope="col">This attempt</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-testid={`compare-${r.key}`}>
              <th scope="row">{r.label}</th>
              <td>{formatScore(scoreOf(previous, r.key))}</td>
              <td>{formatScore(scoreOf(current, r.key))}</td>
              <td>
                <Delta before={scoreOf(previous, r.key)} after={scoreOf(current, r.key)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="comparison-answers">
        <figure>
          <figcaption>Previous answer · {countWords(previous.answerText)} words</figcaption>
          {/* Focusable so a keyboard can scroll a long answer. */}
          <p className="comparison-text" tabIndex={0}>
            {previous.answerText}
          </p>
        </figure>
        <figure>
          <figcaption>This answer · {countWords(current.answerText)} words</figcaption>
          <p className="comparison-text" tabIndex={0}>
            {current.answerText}
          </p>
        </figure>
      </div>
    </div>
  );
}
