import { describe, expect, it } from 'vitest';
import { buildEvaluation, EvaluationInput } from '../../../shared/domain/evaluator';
import { findPlaceholders } from '../../../shared/domain/evaluator/measures/placeholders';

// Grammar checking off: these cover the pure measures.
function evaluate(input: EvaluationInput) {
  return buildEvaluation(EvaluationInput.parse(input), null);
}
const Q = { text: 'Tell me about a time you improved how your team worked.', category: 'teamwork' as const };

describe('results and specifics', () => {
  it('recognises changes with numbers as results, without cue words', () => {
    for (const answer of [
      'I joined the support team when tickets waited days. I wrote a triage guide and paired each new hire with a senior agent. Average dispatch went from 18 days to 7.',
      'I joined the support team when tickets waited days. I wrote a triage guide and paired each new hire with a senior agent. By week four she handled 38 tickets a day.',
    ]) {
      const r = evaluate({ question: Q, answer });
      expect(r.metrics.star.result.present, answer).toBe(true);
    }
  });

  it('never counts placeholders or shouted capitals as specifics', () => {
    const template = evaluate({
      question: Q,
      answer:
        'At [Company], I improved [process] for [Team Name]. As a result, [metric] improved by X% and we saved $X per year.',
    });
    expect(template.metrics.specificsCount).toBe(0);
    const shouted = evaluate({
      question: Q,
      answer: 'AT MY LAST JOB THE TEAM WAS SLOW. I WROTE A GUIDE AND TRAINED EVERYONE ON IT. IT WORKED REALLY WELL.',
    });
    expect(shouted.metrics.specificsCount).toBe(0);
    expect(shouted.feedback.some((f) => f.guard === 'shouting')).toBe(true);
  });

  it('finds template slots but not ordinary brackets or numbers', () => {
    const text =
      'At [Company Name] I cut costs by X% in [N] weeks for order #XXXX (see the report) [laughs loudly for a while].';
    const found = findPlaceholders(text).map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(['[Company Name]', 'X%', '[N]', '#XXXX']);
    expect(findPlaceholders('We cut costs by 12% in 3 weeks (Q3) at Acme.')).toEqual([]);
  });
});

describe('gaming guards', () => {
  it('caps an answer caught by a guard below 60, names the guard, and praises nothing', () => {
    const r = evaluate({
      question: Q,
      answer:
        'Situation: the team was slow. Task: my task was to improve it. I decided. I acted. I planned. I delivered. As a result, it improved. The outcome was positive. In the end it worked. I learned a lesson.',
    });
    expect(r.overall).toBeLessThan(60);
    expect(r.feedback.find((f) => f.guard === 'cue-stuffing')?.evidence.length).toBeGreaterThan(0);
    expect(r.feedback.filter((f) => f.kind === 'strength')).toEqual([]);
  });

  it('flags insults that are not on a fixed list of harsh words, from the lexicon', () => {
    const r = evaluate({
      question: Q,
      answer:
        'My teammates were halfwits and the lead was a useless clown, so I rewrote the release checklist myself and cut our failed deploys from 9 to 2 a month.',
    });
    expect(r.feedback.some((f) => f.kind === 'improve' && f.area === 'tone')).toBe(true);
    expect(r.metrics.negativeToneCount).toBeGreaterThanOrEqual(2);
    expect(r.overall).toBeLessThan(60);
  });

  it('gives very short answers less than full language marks', () => {
    expect(evaluate({ question: Q, answer: 'I did it.' }).subscores.language).toBeLessThan(60);
  });
});
