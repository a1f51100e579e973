export interface HighlightSpan {
  start: number;
  end: number;
  kind: string;
  note?: string;
}

export type Segment = { text: string; highlight: null } | { text: string; highlight: HighlightSpan };

/**
 * Splits an answer into plain and highlighted runs from the evaluator's offsets. Offsets that are
 * out of range, reversed or overlapping an earlier span are skipped rather than trusted, so a bad
 * span can never hide or repeat part of the answer: the runs always join back to the text.
 */
export function highlightSegments(text: string, highlights: readonly HighlightSpan[]): Segment[] {
  const sorted = [...highlights].sort((a, b) => a.start - b.start || a.end - b.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const h of sorted) {
    if (
      !Number.isInteger(h.start) ||
      !Number.isInteger(h.end) ||
      h.start < at ||
      h.end <= h.start ||
      h.end > text.length
    )
      continue;
    if (h.start > at) segments.push({ text: text.slice(at, h.start), highlight: null });
    segments.push({ text: text.slice(h.start, h.end), highlight: h });
    at = h.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), highlight: null });
  return segments;
}
