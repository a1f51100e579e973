import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLocalEvaluator,
  Evaluation,
  EVALUATOR_VERSION,
  type EvaluationInput,
  type LocalEvaluator,
} from '../../../shared/domain/evaluator';
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
const ANSWER =
  'Um, so at my last company my manager wanted to ship a payments feature in two weeks without load testing. ' +
  'I think maybe we was rushing. My task was to protect checkout for our 40,000 daily users. ' +
  'I showed her data from our last untested release, which caused a 3-hour outage that cost $25,000, and I proposed a compromise: a feature flag for 5% of users. ' +
  'She agreed. As a result we found a connection leak early and launched a week later with zero downtime.';

const VOICE: VoiceMetrics = {
  durationSec: 60,
  speechSec: 52,
  pauses: [
    { startSec: 10, endSec: 13.5 },
    { startSec: 30, endSec: 31 },
  ],
  pauseCount: 2,
  longestPauseSec: 3.5,
  syllablesPerSec: 4.5,
  estimatedWpm: 190,
  pitch: { meanHz: 180, sdHz: 8, rangeSemitones: 2, monotone: true },
  loudness: { meanDbfs: -20, sdDb: 4 },
  clippingRatio: 0,
};

describe('local evaluator (with harper.js grammar)', () => {
  let evaluator: LocalEvaluator;
  beforeAll(async () => {
    evaluator = createLocalEvaluator();
    await evaluator.init();
  });
  afterAll(async () => {
    await evaluator.dispose();
  });

  it('returns a schema-valid, versioned evaluation', async () => {
    const r = await evaluator.evaluate({ question: QUESTION, answer: ANSWER });
    expect(Evaluation.parse(r)).toEqual(r);
    expect(r.evaluator).toEqual({ kind: 'local', version: EVALUATOR_VERSION });
    expect(r.subscores.delivery).toBeNull();
    expect(r.metrics.grammarChecked).toBe(true);
  });

  it('is deterministic: the same input gives the same output', async () => {
    const a = await evaluator.evaluate({ question: QUESTION, answer: ANSWER });
    await evaluator.evaluate({
      question: QUESTION,
      answer: 'A different answer in between, about a manager and data.',
    });
    const b = await evaluator.evaluate({ question: QUESTION, answer: ANSWER });
    expect(b).toEqual(a);
  });

  it('gives the same result whether or not the draft was pre-checked', async () => {
    const answer = `${ANSWER} Afterwards I has documented the rollout for the team.`;
    const cold = await evaluator.evaluate({ question: QUESTION, answer });
    await evaluator.precheck(answer.slice(0, answer.lastIndexOf('. ') + 1));
    await evaluator.precheck('   ');
    await evaluator.precheck('😀');
    const warm = await evaluator.evaluate({ question: QUESTION, answer });
    expect(warm).toEqual(cold);
    expect(warm.highlights.some((h) => h.kind === 'grammar' && answer.slice(h.start, h.end) === 'has')).toBe(true);
  });

  it('finds grammar issues with harper and marks them at the right place', async () => {
    const r = await evaluator.evaluate({ question: QUESTION, answer: ANSWER });
    expect(r.metrics.grammarIssueCount).toBeGreaterThanOrEqual(1);
    const grammar = r.highlights.filter((h) => h.kind === 'grammar');
    expect(grammar.map((h) => ANSWER.slice(h.start, h.end))).toContain('was');
    expect(grammar.every((h) => (h.note ?? '').length > 0)).toBe(true);
  });

  it('keeps grammar offsets right after emoji (UTF-16 offsets)', async () => {
    const answer = `🚀🚀 At my last company I has led a migration. ${ANSWER}`;
    const r = await evaluator.evaluate({ question: QUESTION, answer });
    const marked = r.highlights.filter((h) => h.kind === 'grammar').map((h) => answer.slice(h.start, h.end));
    expect(marked).toContain('has');
  });

  it('highlights are sorted, inside the answer and never overlap; evidence is quoted verbatim', async () => {
    const r = await evaluator.evaluate({ question: QUESTION, answer: ANSWER });
    let lastEnd = 0;
    for (const h of r.highlights) {
      expect(h.start).toBeGreaterThanOrEqual(lastEnd);
      expect(h.end).toBeGreaterThan(h.start);
      lastEnd = h.end;
    }
    expect(lastEnd).toBeLessThanOrEqual(ANSWER.length);
    const kinds = new Set(r.highlights.map((h) => h.kind));
    expect(kinds).toEqual(new Set(['filler', 'hedge', 'grammar', 'specific']));
    for (const f of r.feedback) for (const e of f.evidence) expect(ANSWER).toContain(e);
    expect(r.feedback.some((f) => f.kind === 'strength')).toBe(true);
  });

  it('quotes the filler words with counts and rate in its feedback', async () => {
    const answer =
      'Um, so, like, my manager, um, wanted to ship, you know, fast. And, uh, basically I, like, said no, um, and we, like, argued. ' +
      ANSWER;
    const r = await evaluator.evaluate({ question: QUESTION, answer });
    const item = r.feedback.find((f) => f.area === 'fillers' && f.kind === 'improve');
    expect(item?.message).toMatch(/'um' 4 times/u);
    expect(item?.message).toContain(`${r.metrics.fillerPer100} filler words per 100 words`);
    expect(item?.evidence[0]).toBe('Um, so, like, my manager, um,');
  });

  it('gives no delivery score or delivery advice for a recording with no speech in it', async () => {
    const silent: VoiceMetrics = {
      ...VOICE,
      speechSec: 0,
      estimatedWpm: 0,
      syllablesPerSec: 0,
      pauses: [],
      pauseCount: 0,
      longestPauseSec: 0,
      loudness: { meanDbfs: -120, sdDb: 0 },
    };
    const r = await evaluator.evaluate({ question: QUESTION, answer: ANSWER, voice: silent });
    expect(r.subscores.delivery).toBeNull();
    expect(r.feedback.filter((f) => f.area === 'delivery')).toEqual([]);
    expect(r.feedback.map((f) => f.message).join(' ')).not.toMatch(/words per minute|dBFS/);
  });

  it('scores delivery from voice metrics only when audio is present', async () => {
    const r = await evaluator.evaluate({ question: QUESTION, answer: ANSWER, voice: VOICE });
    expect(r.subscores.delivery).not.toBeNull();
    expect(r.subscores.delivery ?? 100).toBeLessThan(70);
    const delivery = r.feedback
      .filter((f) => f.area === 'delivery')
      .map((f) => f.message)
      .join(' ');
    expect(delivery).toContain('190 words per minute');
    expect(delivery).toContain('pitch stayed flat');
    expect(delivery).toMatch(/1 pause of 2\.5 s or more/u);

    const calm = await evaluator.evaluate({
      question: QUESTION,
      answer: ANSWER,
      voice: {
        ...VOICE,
        estimatedWpm: 145,
        pauses: [],
        longestPauseSec: 1,
        pitch: { ...VOICE.pitch, monotone: false, rangeSemitones: 9 },
      },
    });
    expect(calm.subscores.delivery ?? 0).toBeGreaterThan(r.subscores.delivery ?? 100);
    expect(calm.metrics.wpm).toBe(145);
  });

  it('counts the exact pace from a word-for-word transcript instead of the syllable estimate', async () => {
    const r = await evaluator.evaluate({ question: QUESTION, answer: ANSWER, voice: VOICE, answerIsTranscript: true });
    const exact = Math.round((r.metrics.wordCount / VOICE.speechSec) * 60);
    expect(r.metrics.wordCount).toBeGreaterThan(80);
    expect(exact).not.toBe(VOICE.estimatedWpm);
    expect(r.metrics.wpm).toBe(exact);
    const pace = r.feedback.find((f) => f.area === 'delivery' && /words per minute/u.test(f.message));
    expect(pace?.message).toContain(`at ${exact} words per minute`);
    expect(pace?.message).not.toContain('about');

    // Notes (not a transcript) leave the estimate in charge.
    const notes = await evaluator.evaluate({ question: QUESTION, answer: ANSWER, voice: VOICE });
    expect(notes.metrics.wpm).toBe(VOICE.estimatedWpm);
  });
});

describe('local evaluator without grammar checking', () => {
  it('still grades, and says grammar was not checked', async () => {
    const evaluator = createLocalEvaluator({ grammar: false });
    const r = await evaluator.evaluate({ question: QUESTION, answer: ANSWER });
    expect(r.metrics.grammarChecked).toBe(false);
    expect(r.highlights.some((h) => h.kind === 'grammar')).toBe(false);
    expect(r.overall).toBeGreaterThan(0);
  });
});
