import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalEvaluator, type EvaluationInput, type LocalEvaluator } from '../../../shared/domain/evaluator';
import { IDEAL_WORDS, TOO_SHORT_RATIO } from '../../../shared/domain/evaluator/measures/length';
import type { VoiceMetrics } from '../../../shared/domain/voice/voice-metrics';

const QUESTION: EvaluationInput['question'] = {
  text: 'Tell me about a time you disagreed with your manager.',
  category: 'conflict',
  type: 'behavioral',
  keyPoints: [
    { text: 'Backs the position with evidence', cues: ['data', 'evidence', 'numbers'] },
    { text: 'Reaches a workable compromise', cues: ['compromise', 'agreed', 'middle ground'] },
  ],
};

/** A well-formed, specific story; prefixes of it make short answers with nothing wrong in them. */
const STORY = (
  'At my last company my manager wanted to ship a payments feature in two weeks without load testing. ' +
  'My task was to protect checkout for our 40,000 daily users. ' +
  'I showed her data from our last untested release, which caused a 3-hour outage that cost $25,000, and I proposed a compromise: a feature flag for 5% of users. ' +
  'She agreed. As a result we found a connection leak early and launched a week later with zero downtime, and she asked me to write the rollout checklist the team still uses today. ' +
  'I learned to bring evidence and a middle ground rather than only objections, and the next quarter we used the same approach for two more launches without a single incident.'
).split(' ');

/** A calm, well-paced voice for however long the answer is. */
function voiceFor(words: number): VoiceMetrics {
  const speechSec = (words / 145) * 60;
  return {
    durationSec: speechSec + 1,
    speechSec,
    pauses: [],
    pauseCount: 0,
    longestPauseSec: 0.4,
    syllablesPerSec: 3.5,
    estimatedWpm: 145,
    pitch: { meanHz: 180, sdHz: 25, rangeSemitones: 9, monotone: false },
    loudness: { meanDbfs: -20, sdDb: 4 },
    clippingRatio: 0,
  };
}

/** A strong mark (the advisor calls 78+ strong): no sub-score of a very short answer may reach it. */
const TOP_MARK = 80;

let evaluator: LocalEvaluator;
beforeAll(() => {
  evaluator = createLocalEvaluator();
});
afterAll(() => evaluator.dispose?.());

describe('very short answers', () => {
  it('"I did it." earns no top mark for anything, typed or spoken', async () => {
    for (const voice of [undefined, voiceFor(3)]) {
      const r = await evaluator.evaluate({ question: QUESTION, answer: 'I did it.', voice });
      for (const [name, value] of Object.entries(r.subscores)) {
        if (value !== null) expect(value, name).toBeLessThan(TOP_MARK);
      }
      expect(r.overall).toBeLessThan(TOP_MARK);
    }
  });

  it('property: every answer under 30 words, however well formed, stays below top marks on every score', async () => {
    for (let n = 1; n < 30; n += 2) {
      const answer = STORY.slice(0, n).join(' ');
      for (const voice of [undefined, voiceFor(n)]) {
        const r = await evaluator.evaluate({ question: QUESTION, answer, voice });
        for (const [name, value] of Object.entries(r.subscores)) {
          if (value !== null) expect(value, `${name} at ${n} words`).toBeLessThan(TOP_MARK);
        }
      }
    }
  });

  it('an answer below the stated length to aim for says so, as far below it as the "too short" line', async () => {
    const ideal = IDEAL_WORDS.behavioral;
    const answer = STORY.slice(0, 81).join(' ');
    const r = await evaluator.evaluate({ question: QUESTION, answer });
    // Above the "too short" line, below the stated minimum: the gap the issue found.
    expect(r.metrics.wordCount).toBeGreaterThan(ideal.min * TOO_SHORT_RATIO);
    expect(r.metrics.wordCount).toBeLessThan(ideal.min);
    const length = r.feedback.filter((f) => f.area === 'length').map((f) => f.message);
    expect(length.join(' ')).toContain(`${r.metrics.wordCount} words, below the ${ideal.min}–${ideal.max} to aim for`);
  });
});
