import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../renderer/src/screens/practice/feedback/highlight-segments';

const text = 'Um, I think we cut costs by 40% <b>fast</b>.';

describe('highlight segments', () => {
  it('splits the answer into plain and marked runs that join back to the text', () => {
    const segments = highlightSegments(text, [
      { start: 0, end: 2, kind: 'filler' },
      { start: 4, end: 11, kind: 'hedge' },
      { start: 28, end: 31, kind: 'specific' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.highlight).map((s) => [s.text, s.highlight?.kind])).toEqual([
      ['Um', 'filler'],
      ['I think', 'hedge'],
      ['40%', 'specific'],
    ]);
  });

  it('skips spans that overlap, run backwards or fall outside the text, never losing or repeating text', () => {
    const segments = highlightSegments(text, [
      { start: 4, end: 11, kind: 'hedge' },
      { start: 6, end: 9, kind: 'grammar' },
      { start: 20, end: 15, kind: 'filler' },
      { start: 40, end: 400, kind: 'negative' },
      { start: 1.5, end: 3, kind: 'filler' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.highlight)).toHaveLength(1);
  });

  it('keeps markup as plain characters for the view to render as text', () => {
    const segments = highlightSegments(text, []);
    expect(segments).toEqual([{ text, highlight: null }]);
  });

  it('handles surrogate pairs by UTF-16 offsets like the evaluator', () => {
    const emoji = 'Great 🚀 launch';
    const [before, marked, after] = highlightSegments(emoji, [{ start: 6, end: 8, kind: 'specific' }]);
    expect([before?.text, marked?.text, after?.text]).toEqual(['Great ', '🚀', ' launch']);
  });
});
