import type { Analysis } from './analyze';
import type { Highlight } from './schema';

// When two findings overlap, the UI can mark only one: the more serious wins.
const PRIORITY: Readonly<Record<Highlight['kind'], number>> = {
  grammar: 0,
  negative: 1,
  filler: 2,
  hedge: 3,
  specific: 4,
};

/** Places in the answer to mark, sorted by position and never overlapping. */
export function buildHighlights(a: Analysis): Highlight[] {
  const all: Highlight[] = [
    ...(a.grammar ?? []).map((g) => ({ start: g.start, end: g.end, kind: 'grammar' as const, note: g.message })),
    ...a.negative.map((f) => ({
      start: f.start,
      end: f.end,
      kind: 'negative' as const,
      note: 'Negative or blaming language',
    })),
    ...a.fillers.map((f) => ({ start: f.start, end: f.end, kind: 'filler' as const, note: `Filler: ${f.label}` })),
    ...a.hedges.map((f) => ({ start: f.start, end: f.end, kind: 'hedge' as const, note: `Hedge: ${f.label}` })),
    ...a.specifics.map((f) => ({ start: f.start, end: f.end, kind: 'specific' as const, note: f.label })),
  ];
  all.sort((x, y) => PRIORITY[x.kind] - PRIORITY[y.kind] || x.start - y.start);
  const kept: Highlight[] = [];
  for (const h of all) {
    if (h.end <= h.start) continue;
    if (kept.some((k) => h.start < k.end && h.end > k.start)) continue;
    kept.push(h);
  }
  return kept.sort((x, y) => x.start - y.start);
}
