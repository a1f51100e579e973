import { describe, expect, it } from 'vitest';
import { stem } from '../../../shared/domain/evaluator/text/stemmer';
import { conceptOf } from '../../../shared/domain/evaluator/text/synonyms';

describe('Porter stemmer', () => {
  // Pairs from Porter's 1980 paper, one per rule of steps 1–5.
  const paper: Array<[string, string]> = [
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['ties', 'ti'],
    ['caress', 'caress'],
    ['cats', 'cat'],
    ['feed', 'feed'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['bled', 'bled'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['conflated', 'conflat'],
    ['troubled', 'troubl'],
    ['sized', 'size'],
    ['hopping', 'hop'],
    ['tanned', 'tan'],
    ['falling', 'fall'],
    ['hissing', 'hiss'],
    ['fizzed', 'fizz'],
    ['failing', 'fail'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['sky', 'sky'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['rational', 'ration'],
    ['digitizer', 'digit'],
    ['vietnamization', 'vietnam'],
    ['predication', 'predic'],
    ['operator', 'oper'],
    ['feudalism', 'feudal'],
    ['decisiveness', 'decis'],
    ['hopefulness', 'hope'],
    ['callousness', 'callous'],
    ['triplicate', 'triplic'],
    ['formative', 'form'],
    ['formalize', 'formal'],
    ['electrical', 'electr'],
    ['hopeful', 'hope'],
    ['goodness', 'good'],
    ['revival', 'reviv'],
    ['allowance', 'allow'],
    ['inference', 'infer'],
    ['airliner', 'airlin'],
    ['gyroscopic', 'gyroscop'],
    ['adjustable', 'adjust'],
    ['defensible', 'defens'],
    ['irritant', 'irrit'],
    ['replacement', 'replac'],
    ['adjustment', 'adjust'],
    ['dependent', 'depend'],
    ['adoption', 'adopt'],
    ['homologous', 'homolog'],
    ['communism', 'commun'],
    ['activate', 'activ'],
    ['effective', 'effect'],
    ['bowdlerize', 'bowdler'],
    ['probate', 'probat'],
    ['rate', 'rate'],
    ['cease', 'ceas'],
    ['controll', 'control'],
    ['roll', 'roll'],
    ['generalizations', 'gener'],
    ['oscillators', 'oscil'],
  ];
  it.each(paper)('stems %s to %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('brings inflections of one word together and ignores case', () => {
    expect(new Set(['managed', 'managing', 'manager', 'Manages'].map(stem))).toEqual(new Set(['manag']));
  });

  it('leaves short words, numbers and non-ASCII words alone', () => {
    expect(stem('is')).toBe('is');
    expect(stem('2024')).toBe('2024');
    expect(stem('café')).toBe('café');
  });
});

describe('synonym concepts', () => {
  it('folds synonyms into one concept', () => {
    expect(conceptOf('reduced')).toBe(conceptOf('cut'));
    expect(conceptOf('clients')).toBe(conceptOf('customer'));
    expect(conceptOf('disagreement')).toBe(conceptOf('conflict'));
  });
  it('keeps unrelated words apart', () => {
    expect(conceptOf('increase')).not.toBe(conceptOf('reduce'));
    expect(conceptOf('database')).not.toBe(conceptOf('customer'));
  });
});
