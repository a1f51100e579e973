import { describe, expect, it } from 'vitest';
import { analyzeStar } from '../../../shared/domain/evaluator/measures/star';
import { splitSentences, tokenize } from '../../../shared/domain/evaluator/text/tokenize';

function star(text: string, hypothetical = false) {
  return analyzeStar(splitSentences(text, tokenize(text)), hypothetical);
}

const STORY =
  'At my last company our checkout page was failing for 2% of users. ' +
  'My task was to find the cause before Black Friday. ' +
  'I added tracing to the payment service and found a timeout in the fraud check. ' +
  'As a result, failures dropped to 0.1% and we kept the Black Friday revenue.';

describe('STAR detection', () => {
  it('finds situation, task, action and result and quotes the sentence for each', () => {
    const s = star(STORY);
    expect(s.situation).toEqual({
      present: true,
      evidence: 'At my last company our checkout page was failing for 2% of users.',
    });
    expect(s.task).toEqual({ present: true, evidence: 'My task was to find the cause before Black Friday.' });
    expect(s.action.evidence).toBe('I added tracing to the payment service and found a timeout in the fraud check.');
    expect(s.result.evidence).toBe('As a result, failures dropped to 0.1% and we kept the Black Friday revenue.');
  });

  it('reports a missing result when the story stops at the actions', () => {
    const s = star(STORY.slice(0, STORY.indexOf(' As a result')));
    expect(s.action.present).toBe(true);
    expect(s.result).toEqual({ present: false, evidence: null });
  });

  it('reports missing situation and actions for an opinion without a story', () => {
    const s = star('Communication is key in any team. Everyone should respect each other.');
    expect(s.situation.present).toBe(false);
    expect(s.action.present).toBe(false);
  });

  it('counts "I" versus "we" as the subject of actions', () => {
    const we = star('We planned the release. We wrote the tests. We fixed the bugs and we shipped it.');
    expect(we.weActions).toBe(4);
    expect(we.iActions).toBe(0);
    const i = star('I planned the release. I wrote the tests, then we reviewed them.');
    expect(i.iActions).toBe(2);
    expect(i.weActions).toBe(1);
  });

  it('counts planned actions ("I would…") only for hypothetical questions', () => {
    const text = 'I would call the customer. Then I would check the order history.';
    expect(star(text, true).action.present).toBe(true);
    expect(star(text, false).action.present).toBe(false);
  });

  it('splits an unpunctuated transcript into clauses so parts are still found', () => {
    const transcript =
      'so at my last job the team was missing every deadline and my task was to fix planning and then I set up a weekly triage meeting with the product owner and moved everything into Jira and as a result we hit the next three release dates';
    const s = star(transcript);
    expect(s.situation.present && s.action.present && s.result.present).toBe(true);
  });
});
