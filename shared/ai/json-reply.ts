/**
 * The JSON value in a model's reply. Local models often wrap it in ``` fences or put a sentence
 * before or after it even when asked for JSON only, so this looks past those; it never repairs
 * the JSON itself. Returns undefined when no JSON value can be read.
 */
export function extractJson(text: string): unknown {
  const trimmed = text.trim();
  const direct = tryParse(trimmed);
  if (direct.ok) return direct.value;

  const fence = /```(?:json|JSON)?\s*\n?([\s\S]*?)```/.exec(trimmed);
  if (fence?.[1]) {
    const fenced = tryParse(fence[1].trim());
    if (fenced.ok) return fenced.value;
  }

  // Prose around the value: the span from the first opening bracket to the last matching closer.
  for (const [open, close] of [
    ['{', '}'],
    ['[', ']'],
  ] as const) {
    const start = trimmed.indexOf(open);
    const end = trimmed.lastIndexOf(close);
    if (start !== -1 && end > start) {
      const inner = tryParse(trimmed.slice(start, end + 1));
      if (inner.ok) return inner.value;
    }
  }
  return undefined;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
