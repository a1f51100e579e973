import type { Highlight } from '../../../../../shared/domain/evaluator/schema';
import { highlightSegments } from './highlight-segments';

const LEGEND: ReadonlyArray<{ kind: Highlight['kind']; label: string }> = [
  { kind: 'specific', label: 'Specifics' },
  { kind: 'filler', label: 'Fillers' },
  { kind: 'hedge', label: 'Hedges' },
  { kind: 'grammar', label: 'Grammar' },
  { kind: 'negative', label: 'Negative tone' },
];

/**
 * The answer as typed, with the evaluator's findings marked in place. Rendered as React text
 * nodes only: HTML or script in an answer shows as the characters the user typed.
 */
export function HighlightedAnswer({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  const segments = highlightSegments(text, highlights);
  const counts = new Map<string, number>();
  for (const h of highlights) counts.set(h.kind, (counts.get(h.kind) ?? 0) + 1);
  return (
    <div className="highlighted">
      <ul className="hl-legend" aria-label="What is marked">
        {LEGEND.map(({ kind, label }) => (
          <li key={kind} className={`hl-key hl-${kind}`} data-testid={`legend-${kind}`}>
            <span className="hl-swatch" aria-hidden="true" />
            {label} <strong>{counts.get(kind) ?? 0}</strong>
          </li>
        ))}
      </ul>
      <p className="hl-text" data-testid="highlighted-answer">
        {segments.map((s, i) =>
          s.highlight ? (
            <mark key={i} className={`hl hl-${s.highlight.kind}`} title={s.highlight.note} data-kind={s.highlight.kind}>
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </p>
    </div>
  );
}
