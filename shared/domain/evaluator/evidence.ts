/**
 * Quotes from the answer for feedback. Every quote is a verbatim substring of the answer (the UI
 * may search for it), widened to whole words and kept short.
 */
export function snippet(text: string, start: number, end: number, radius = 28): string {
  const [s, e] = snippetRange(text, start, end, radius);
  return text.slice(s, e);
}

/** Offsets of snippet(): whole words around [start, end), within one sentence, trimmed. */
export function snippetRange(text: string, start: number, end: number, radius = 28): [number, number] {
  let s = Math.max(0, start - radius);
  let e = Math.min(text.length, end + radius);
  if (s > 0) {
    const space = text.indexOf(' ', s);
    if (space !== -1 && space < start) s = space + 1;
  }
  if (e < text.length) {
    const space = text.lastIndexOf(' ', e);
    if (space > end) e = space;
  }
  // Stay inside one line and one sentence where possible.
  const before = text.slice(s, start);
  let boundary = -1;
  for (const m of before.matchAll(/[.!?]\s+|\n/gu)) boundary = m.index + m[0].length;
  if (boundary !== -1) s += boundary;
  const after = text.slice(end, e);
  const stop = after.search(/[\n]|[.!?](?:\s|$)/u);
  if (stop !== -1) e = end + stop + (after.charAt(stop) === '\n' ? 0 : 1);
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  return [s, e];
}

/** A sentence, shortened to its first `max` characters at a word break when long. */
export function shorten(sentence: string, max = 140): string {
  if (sentence.length <= max) return sentence;
  const space = sentence.lastIndexOf(' ', max);
  return sentence.slice(0, space > max / 2 ? space : max);
}
