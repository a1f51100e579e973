import { describe, expect, it } from 'vitest';
import { buildEvaluation, EvaluationInput, inferQuestionType } from '../../../shared/domain/evaluator';
import { deriveKeyPoints } from '../../../shared/domain/evaluator/question-profile';

// Grammar checking is off (null) here: these tests cover the pure measures and run in milliseconds.
function evaluate(input: EvaluationInput) {
  return buildEvaluation(EvaluationInput.parse(input), null);
}

const CUSTOMER_Q = {
  text: 'Tell me about a time you dealt with an angry customer.',
  category: 'customer-service' as const,
};
const ON_TOPIC =
  'At my last job a customer called, angry that his order had arrived broken for the second time. I listened, apologised and arranged a replacement with express shipping. He thanked me and renewed his subscription.';
const OFF_TOPIC =
  'I love hiking in the mountains. Last summer I climbed three peaks in Colorado with my dog, and the views were amazing.';

describe('relevance', () => {
  it('scores an on-topic answer high and an off-topic one low, and says so', () => {
    const on = evaluate({ question: CUSTOMER_Q, answer: ON_TOPIC });
    const off = evaluate({ question: CUSTOMER_Q, answer: OFF_TOPIC });
    expect(on.metrics.relevance).toBeGreaterThan(0.6);
    expect(off.metrics.relevance).toBeLessThan(0.2);
    expect(off.overall).toBeLessThan(on.overall - 20);
    const item = off.feedback.find((f) => f.kind === 'improve' && f.area === 'relevance');
    expect(item?.message).toContain("'customer'");
    expect(on.feedback.some((f) => f.area === 'relevance' && f.kind === 'improve')).toBe(false);
  });

  it('flags a fluent answer written for a different question', () => {
    const question = {
      text: 'Explain the difference between a process and a thread.',
      category: 'technical-software' as const,
      keyPoints: [
        { text: 'A process has its own memory space', cues: ['address space', 'own memory', 'isolated'] },
        { text: 'Threads share the memory of their process', cues: ['shared memory', 'heap'] },
        { text: 'Shared memory needs synchronisation', cues: ['race condition', 'mutex', 'lock'] },
      ],
    };
    const r = evaluate({ question, answer: ON_TOPIC + ' I learned to stay calm and give a clear next step.' });
    expect(r.metrics.relevance).toBeLessThan(0.35);
    expect(r.feedback.some((f) => f.kind === 'improve' && f.area === 'relevance')).toBe(true);
  });

  it('uses synonyms: a question about "clients" is answered by talk of "customers"', () => {
    const r = evaluate({ question: { text: 'How do you keep difficult clients happy?' }, answer: ON_TOPIC });
    expect(r.metrics.relevance).toBeGreaterThan(0.5);
  });
});

describe('key-point coverage', () => {
  const question = {
    text: 'How would you reduce cloud costs for a growing startup?',
    type: 'situational' as const,
    keyPoints: [
      { text: 'Measures where the money goes first', cues: ['cost breakdown', 'billing report', 'tagging'] },
      { text: 'Cuts spend on idle resources', cues: ['idle instances', 'rightsizing', 'shut down'] },
      { text: 'Uses commitments for steady load', cues: ['reserved instances', 'savings plan'] },
    ],
  };

  it('matches cues through stemming, word order and small gaps, and quotes the sentence', () => {
    const answer =
      'First I would tag every resource and pull a breakdown of the cost per team from the billing console. Then I would shut the instances down at night when they sit idle.';
    const r = evaluate({ question, answer });
    expect(r.keyPoints.map((k) => k.covered)).toEqual([true, true, false]);
    expect(r.keyPoints[0]?.evidence).toBe(
      'First I would tag every resource and pull a breakdown of the cost per team from the billing console.',
    );
    expect(r.metrics.keyPointCoverage).toBeCloseTo(0.67, 2);
    const missed = r.feedback.find((f) => f.area === 'key-points' && f.kind === 'improve');
    expect(missed?.message).toContain('Uses commitments for steady load');
  });

  it('does not let one everyday word cover a point unless another of its words is nearby', () => {
    const q = {
      text: 'Tell me about a time you disagreed with your manager.',
      keyPoints: [{ text: 'Backs the position with evidence', cues: ['data', 'numbers'] }],
    };
    expect(
      evaluate({ question: q, answer: 'We moved the data to a new server last year.' }).keyPoints[0]?.covered,
    ).toBe(false);
    expect(
      evaluate({ question: q, answer: 'I brought data from the last release as evidence for my position.' })
        .keyPoints[0]?.covered,
    ).toBe(true);
  });

  it('matches a key point by its own wording when no cue is used', () => {
    const answer = 'I would start by measuring where the money goes, service by service, before changing anything.';
    const r = evaluate({ question, answer });
    expect(r.keyPoints[0]?.covered).toBe(true);
  });
});

describe('free-text questions', () => {
  it('infers the question type from its wording, then from the category', () => {
    expect(inferQuestionType('Tell me about a time you failed.', null)).toBe('behavioral');
    expect(inferQuestionType('What would you do if a teammate missed a deadline?', null)).toBe('situational');
    expect(inferQuestionType('Design a rate limiter for an API.', null)).toBe('design');
    expect(inferQuestionType('Why do you want this job?', null)).toBe('motivational');
    expect(inferQuestionType('Explain how an index speeds up a query.', null)).toBe('technical');
    expect(inferQuestionType('Our onboarding completion is falling.', 'product')).toBe('case');
  });

  it('derives key points from the question’s content words', () => {
    expect(deriveKeyPoints('How do you handle competing deadlines from two managers?').map((k) => k.cues)).toEqual([
      ['competing', 'deadlines'],
      ['two', 'managers'],
    ]);
  });

  it('evaluates a question that has no category, type or key points', () => {
    const r = evaluate({
      question: { text: 'Describe a situation where you had to learn a new tool quickly.' },
      answer:
        'Last year our team moved from Jenkins to GitHub Actions two weeks before a release. My task was to port 14 pipelines. I read the docs for a day, rebuilt the simplest pipeline first, and then wrote a template the others could copy. As a result we switched over three days early and build times fell from 20 to 8 minutes.',
    });
    expect(r.metrics.questionType).toBe('behavioral');
    expect(r.metrics.questionTypeInferred).toBe(true);
    expect(r.metrics.keyPointsDerived).toBe(true);
    expect(r.keyPoints.length).toBeGreaterThan(0);
    expect(r.metrics.star.result.present).toBe(true);
    expect(r.overall).toBeGreaterThan(60);
  });
});

describe('length, duration and structure', () => {
  it('flags a too-short answer with the ideal range for its type', () => {
    const r = evaluate({ question: CUSTOMER_Q, answer: 'I calmed him down and fixed it.' });
    const item = r.feedback.find((f) => f.area === 'length' && f.kind === 'improve');
    expect(item?.message).toMatch(/only 7 words .* 130–320 words/u);
    expect(item?.evidence).toEqual(['I calmed him down and fixed it.']);
  });

  it('computes words per minute when the duration is known', () => {
    const r = evaluate({ question: CUSTOMER_Q, answer: ON_TOPIC, durationSec: 15 });
    expect(r.metrics.wpm).toBe(Math.round((r.metrics.wordCount / 15) * 60));
    expect(r.metrics.durationSec).toBe(15);
    expect(evaluate({ question: CUSTOMER_Q, answer: ON_TOPIC }).metrics.wpm).toBeNull();
  });

  it('flags a run-on answer as a structure problem and quotes it', () => {
    const runOn =
      'so I think the customer was angry and I talked to him and then my manager came and we looked at the order and it was broken and we sent a new one and he was happier and then he called again the week after and we gave him a discount and he stayed with us and renewed for another year which was good for the team';
    const r = evaluate({ question: CUSTOMER_Q, answer: runOn });
    const item = r.feedback.find(
      (f) => f.area === 'structure' && f.kind === 'improve' && f.message.includes('One sentence runs'),
    );
    expect(item).toBeDefined();
  });

  it('flags "we" without "I" as an ownership problem in a behavioural answer', () => {
    const r = evaluate({
      question: CUSTOMER_Q,
      answer:
        'At my last job a customer was angry about a late delivery. We listened to him. We checked the order, we found the delay and we sent a replacement. As a result he renewed.',
    });
    expect(r.feedback.some((f) => f.area === 'ownership' && f.kind === 'improve')).toBe(true);
  });
});
