import { describe, expect, it } from 'vitest';
import { findNegativeTone } from '../../../shared/domain/evaluator/measures/tone';
import { splitSentences, tokenize } from '../../../shared/domain/evaluator/text/tokenize';

function tone(text: string): string[] {
  return findNegativeTone(splitSentences(text, tokenize(text))).map((f) => text.slice(f.start, f.end));
}

describe('negative tone', () => {
  it('flags insults and blame about colleagues and employers', () => {
    expect(tone('My manager was incompetent and lazy. It wasn’t my fault the launch failed.')).toEqual([
      'incompetent',
      'lazy',
      'wasn’t my fault',
    ]);
    expect(tone('Honestly the whole team was useless and I had to babysit them.')).toEqual([
      'useless',
      'had to babysit',
    ]);
  });

  it('flags harsh words only when the sentence is about people', () => {
    expect(tone('My boss was terrible at planning.')).toEqual(['terrible']);
    expect(tone('We had a terrible outage that lasted three hours.')).toEqual([]);
  });

  it('does not flag technical or reported uses of harsh words', () => {
    expect(tone('The N+1 problem usually comes from ORM lazy loading.')).toEqual([]);
    expect(tone('With salted hashes, rainbow tables are useless.')).toEqual([]);
    expect(tone('Fraud is 0.1% of transactions, so accuracy is a useless metric for them.')).toEqual([]);
    expect(tone('The VP raised his voice, saying IT never listened to the business.')).toEqual([]);
    expect(tone('Our clients were terrified of annoying their own customers.')).toEqual([]);
    expect(tone('I interviewed people who dropped out at the worst step.')).toEqual([]);
    expect(tone('She was the worst manager I ever had.')).toEqual(['the worst manager']);
  });

  it('does not flag neutral talk about fault or problems', () => {
    expect(tone('If it is not our fault, I offer store credit instead.')).toEqual([]);
    expect(tone('The root cause was a missing index; I fixed it the same day.')).toEqual([]);
  });
});
