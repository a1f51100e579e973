import { describe, expect, it } from 'vitest';
import { findSpecifics } from '../../../shared/domain/evaluator/measures/specifics';
import { splitSentences, tokenize } from '../../../shared/domain/evaluator/text/tokenize';

function specifics(text: string) {
  const tokens = tokenize(text);
  const r = findSpecifics(text, tokens, splitSentences(text, tokens));
  return {
    found: r.specifics.map((f) => [f.label, text.slice(f.start, f.end)]),
    vague: r.vague.map((f) => f.label),
  };
}

describe('specifics', () => {
  it('finds money, percentages, durations and plain numbers as whole spans', () => {
    expect(specifics('We saved $25,000 and cut churn by 12% in three months across 40 stores.').found).toEqual([
      ['money', '$25,000'],
      ['metric', 'churn'],
      ['percent', '12%'],
      ['duration', 'three months'],
      ['number', '40'],
    ]);
    expect(specifics('Revenue grew 30 percent, about 1.5 million dollars.').found).toEqual([
      ['percent', '30 percent'],
      ['money', '1.5 million dollars'],
    ]);
  });

  it('finds tools, acronyms and names but not the first word of a sentence', () => {
    const { found } = specifics('Then I moved the reports from Excel to Tableau and briefed the CFO, Maria Lopez.');
    expect(found).toEqual([
      ['tool', 'Excel'],
      ['tool', 'Tableau'],
      ['acronym', 'CFO'],
      ['name', 'Maria Lopez'],
    ]);
  });

  it('does not mistake everyday words for tools', () => {
    expect(specifics('The rest of the team had to go home and we cut some slack.').found).toEqual([]);
    expect(specifics('We built a REST API in Go.').found).toEqual([
      ['tool', 'REST'],
      ['acronym', 'API'],
      ['tool', 'Go'],
    ]);
  });

  it('counts vague stand-ins separately', () => {
    const r = specifics('I did a lot of stuff and various things, etc.');
    expect(r.found).toEqual([]);
    expect(r.vague).toEqual(['a lot', 'stuff', 'various', 'things', 'etc']);
  });
});
