import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../../renderer/src/features/ai/markdown';

describe('coach reply Markdown', () => {
  it('reads paragraphs, lists, headings, code and emphasis', () => {
    const blocks = parseMarkdown(
      '## Plan\nStart with **STAR**.\n\n- one\n- two `x`\n\n1. first\n2. second\n```\ncode <b>\n```',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['h', 'p', 'ul', 'ol', 'pre']);
    expect(blocks[1]).toEqual({
      kind: 'p',
      inlines: [
        { kind: 'text', text: 'Start with ' },
        { kind: 'strong', text: 'STAR' },
        { kind: 'text', text: '.' },
      ],
    });
    expect(blocks[4]).toEqual({ kind: 'pre', text: 'code <b>' });
  });

  it('keeps HTML as text', () => {
    expect(parseInline('<img src=x onerror=alert(1)> *hi*')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)> ' },
      { kind: 'em', text: 'hi' },
    ]);
  });
});
