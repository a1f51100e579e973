import { describe, expect, it } from 'vitest';
import { findMisspellings } from '../../../shared/domain/evaluator/grammar';
import { americanSpelling } from '../../../shared/domain/evaluator/text/spelling';

describe('common misspellings', () => {
  it('finds them by lookup with offsets and a correction', () => {
    const text = 'I recieved the brief and we definately shipped it tommorow.';
    expect(findMisspellings(text).map((i) => [text.slice(i.start, i.end), i.suggestion, i.kind])).toEqual([
      ['recieved', 'received', 'Spelling'],
      ['definately', 'definitely', 'Spelling'],
      ['tommorow', 'tomorrow', 'Spelling'],
    ]);
  });
  it('leaves correct words and unknown names alone', () => {
    expect(findMisspellings('Priya received the Zorblax report from Kubernetes logs.')).toEqual([]);
  });
});

describe('British spellings', () => {
  it('maps them to the American form so they are neither errors nor different words', () => {
    expect(
      [
        'realised',
        'prioritise',
        'organisation',
        'analysed',
        'favour',
        'behaviour',
        'centre',
        'catalogue',
        'defence',
        'travelled',
      ].map(americanSpelling),
    ).toEqual([
      'realized',
      'prioritize',
      'organization',
      'analyzed',
      'favor',
      'behavior',
      'center',
      'catalog',
      'defense',
      'traveled',
    ]);
  });
  it('does not touch words that only look British', () => {
    for (const w of [
      'rise',
      'promise',
      'exercise',
      'otherwise',
      'hour',
      'four',
      'your',
      'called',
      'rolled',
      'experience',
    ]) {
      expect(americanSpelling(w)).toBe(w);
    }
  });
});
