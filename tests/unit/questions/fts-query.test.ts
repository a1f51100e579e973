import { describe, expect, it } from 'vitest';
import { buildFtsQuery, searchTerms } from '../../../shared/domain/questions/fts-query';

describe('FTS query builder', () => {
  it('quotes each word and prefix-matches the last', () => {
    expect(buildFtsQuery('conflict with manager')).toEqual({
      all: '"conflict" AND "manager"*',
      any: '"conflict" OR "manager"*',
      terms: ['conflict', 'manager'],
    });
  });

  it.each([
    ['"', null],
    ['*', null],
    ['NEAR(', '"near"*'],
    ['NEAR(a b, 3)', '"near" AND "b" AND "3"'],
    ['text:foo', '"text" AND "foo"*'],
    ['"unbalanced quote', '"unbalanced" AND "quote"*'],
    ['-excluded ^first', '"excluded" AND "first"*'],
    ['a AND b OR NOT c', '"b" AND "not" AND "c"'],
    ["'; DROP TABLE questions; --", '"drop" AND "table" AND "questions"*'],
  ])('never lets %j through as syntax', (input, all) => {
    const query = buildFtsQuery(input);
    expect(query?.all ?? null).toBe(all);
    // Whatever is left is only quoted words, optionally starred, joined by our own AND.
    if (query) for (const part of query.all.split(' AND ')) expect(part).toMatch(/^"[\p{L}\p{N}]+"\*?$/u);
  });

  it('keeps stop words only when nothing else is left', () => {
    expect(searchTerms('what is the')).toEqual(['what', 'is', 'the']);
    expect(searchTerms('what is a deadlock')).toEqual(['deadlock']);
  });

  it('handles accents, case and width, and caps the number and length of terms', () => {
    expect(searchTerms('Café ＳＱＬ')).toEqual(['café', 'sql']);
    expect(searchTerms('word '.repeat(3) + Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12);
    expect(searchTerms('x'.repeat(100))[0]).toHaveLength(40);
  });

  it('does not prefix-match a single letter', () => {
    expect(buildFtsQuery('sql q')?.all).toBe('"sql" AND "q"');
  });
});
