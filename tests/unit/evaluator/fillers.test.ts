import { describe, expect, it } from 'vitest';
import { findFillersAndHedges } from '../../../shared/domain/evaluator/measures/fillers';
import { tokenize } from '../../../shared/domain/evaluator/text/tokenize';

function find(text: string) {
  const r = findFillersAndHedges(text, tokenize(text));
  const show = (fs: typeof r.fillers) =>
    fs.map((f) => ({ label: f.label, text: text.slice(f.start, f.end), start: f.start }));
  return { fillers: show(r.fillers), hedges: show(r.hedges) };
}

describe('filler words', () => {
  it('finds um, uh, basically and actually with exact offsets', () => {
    const text = 'Um, so we basically, uh, shipped it. Actually it worked.';
    const { fillers } = find(text);
    expect(fillers).toEqual([
      { label: 'um', text: 'Um', start: 0 },
      { label: 'basically', text: 'basically', start: 10 },
      { label: 'uh', text: 'uh', start: 21 },
      { label: 'actually', text: 'Actually', start: 37 },
    ]);
  });

  it('counts "like" only when it is a filler', () => {
    expect(find('We had, like, 20 open tickets.').fillers.map((f) => f.label)).toEqual(['like']);
    expect(find('It was like really hard to fix.').fillers.map((f) => f.label)).toEqual(['like']);
    expect(find('We had like 20 open tickets.').fillers.map((f) => f.label)).toEqual(['like']);
    expect(find('I like working with data.').fillers).toEqual([]);
    expect(find("I'd like to lead a team.").fillers).toEqual([]);
    expect(find('It looks like the cache was stale.').fillers).toEqual([]);
    expect(find('Tools like Jira help.').fillers).toEqual([]);
  });

  it('counts "you know" and "I mean" as fillers but not as real verbs', () => {
    expect(find('We shipped it, you know, on time.').fillers.map((f) => f.text)).toEqual(['you know']);
    expect(find('Do you know how the cache works?').fillers).toEqual([]);
    expect(find('I mean, it was late.').fillers.map((f) => f.text)).toEqual(['I mean']);
    expect(find('What I mean is simple.').fillers).toEqual([]);
  });

  it('treats "kind of" as a noun phrase, a hedge or a filler depending on context', () => {
    expect(find('What kind of team do you run?')).toEqual({ fillers: [], hedges: [] });
    expect(find('It was kind of slow.').hedges.map((h) => h.label)).toEqual(['kind of']);
    expect(find('We shipped it and, sort of, moved on.').fillers.map((f) => f.label)).toEqual(['sort of']);
  });

  it('offsets point at the words in text with emoji and curly quotes', () => {
    const text = '🚀 Um, it’s basically done';
    const { fillers } = find(text);
    expect(fillers.map((f) => f.text)).toEqual(['Um', 'basically']);
  });
});

describe('hedges', () => {
  it('finds I think, maybe, probably, I guess and just', () => {
    const { hedges } = find('I think maybe we could probably ship it. I guess I just asked.');
    expect(hedges.map((h) => h.label)).toEqual(['I think', 'maybe', 'probably', 'I guess', 'just']);
  });
  it('does not count "just" in "just in time" or before a number', () => {
    expect(find('It arrived just in time, just 2 days late.').hedges).toEqual([]);
  });
});
