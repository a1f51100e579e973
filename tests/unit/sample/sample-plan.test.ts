import { describe, expect, it } from 'vitest';
import { QUESTION_CATEGORIES } from '../../../shared/domain/questions/bank-schema';
import { shiftDay } from '../../../shared/domain/reports/day-math';
import { answerVariant, splitSentences } from '../../../shared/domain/sample/answer-variants';
import { createRng } from '../../../shared/domain/sample/rng';
import { MOCK_QUESTIONS, planSample, sampleSpanDays } from '../../../shared/domain/sample/sample-plan';
import { sampleVoiceMetrics } from '../../../shared/domain/sample/sample-voice';
import { VoiceMetrics } from '../../../shared/domain/voice/voice-metrics';

const TODAY = '2026-11-26';
const MODEL =
  'In my first month as an analyst, my manager asked me to take over the weekly campaign report. I had never written LookML, and the first report was due in eight days. ' +
  'My job was to deliver it on time with every number right. I worked through the official training in the evenings, about an hour a night. ' +
  "I also rebuilt last month's report first, so I could check every number against the old spreadsheet. " +
  'I delivered the first report on time, and after three weeks it took forty minutes instead of four hours. What I took from it is that I learn fastest with a real task.';

describe('planSample', () => {
  it('is the same for the same seed', () => {
    const a = planSample({ attempts: 200, today: TODAY, categories: QUESTION_CATEGORIES }, createRng(1));
    const b = planSample({ attempts: 200, today: TODAY, categories: QUESTION_CATEGORIES }, createRng(1));
    expect(a).toEqual(b);
  });

  it('plans exactly n answers over the span, in order, starting on the first day and ending today', () => {
    for (const n of [20, 300, 5000]) {
      const plan = planSample({ attempts: n, today: TODAY, categories: QUESTION_CATEGORIES }, createRng(n));
      expect(plan.attempts).toHaveLength(n);
      expect(plan.from).toBe(shiftDay(TODAY, -(sampleSpanDays(n) - 1)));
      expect(plan.attempts[0]?.day).toBe(plan.from);
      expect(plan.attempts.at(-1)?.day).toBe(TODAY);
      const keys = plan.attempts.map((p) => `${p.day}/${String(p.minute.toFixed(3)).padStart(12, '0')}`);
      expect(keys).toEqual([...keys].sort());
      expect(plan.attempts.every((p) => p.minute >= 0 && p.minute < 24 * 60)).toBe(true);
    }
  });

  it('covers every category and gives two strong and two weak-ish profiles at least', () => {
    const plan = planSample({ attempts: 300, today: TODAY, categories: QUESTION_CATEGORIES }, createRng(3));
    expect(new Set(plan.attempts.map((p) => p.category)).size).toBe(12);
    const names = Object.values(plan.profiles);
    expect(names.filter((p) => p === 'strong').length).toBeGreaterThanOrEqual(2);
    expect(names.filter((p) => p === 'weak' || p === 'late-bloomer').length).toBeGreaterThanOrEqual(2);
  });

  it('puts five consecutive answers of one mode in each mock interview', () => {
    const plan = planSample({ attempts: 400, today: TODAY, categories: QUESTION_CATEGORIES }, createRng(4));
    expect(plan.sessions.length).toBe(4);
    plan.sessions.forEach((session, i) => {
      const members = plan.attempts.filter((a) => a.session === i);
      expect(members).toHaveLength(MOCK_QUESTIONS);
      expect(new Set(members.map((m) => m.day))).toEqual(new Set([session.day]));
      expect(members.every((m) => m.mode === session.mode)).toBe(true);
    });
  });

  it('makes nothing for zero answers', () => {
    expect(planSample({ attempts: 0, today: TODAY, categories: QUESTION_CATEGORIES }, createRng(5)).attempts).toEqual(
      [],
    );
  });
});

describe('answerVariant', () => {
  it('keeps the model answer whole at the top level and cuts the result and numbers lower down', () => {
    const rng = createRng(9);
    expect(answerVariant(MODEL, { level: 4, spoken: false }, rng)).toBe(MODEL.replace(/\s+/g, ' '));
    const fair = answerVariant(MODEL, { level: 2, spoken: false }, rng);
    expect(fair).not.toMatch(/forty minutes|three weeks|What I took/);
    const weak = answerVariant(MODEL, { level: 1, spoken: false }, rng);
    expect(splitSentences(weak).length).toBeLessThan(splitSentences(MODEL).length);
  });

  it('gives spoken answers fillers, more of them for weaker answers', () => {
    const count = (text: string) => (text.match(/\b(um|uh|you know|like|basically)\b/gi) ?? []).length;
    let strong = 0;
    let weak = 0;
    for (let seed = 0; seed < 20; seed++) {
      strong += count(answerVariant(MODEL, { level: 4, spoken: true }, createRng(seed)));
      weak += count(answerVariant(MODEL, { level: 1, spoken: true }, createRng(seed)));
    }
    expect(strong).toBeGreaterThan(0);
    expect(weak / 20).toBeGreaterThan(strong / 20 + 1);
  });
});

describe('sampleVoiceMetrics', () => {
  it('is valid VoiceMetrics, with a comfortable pace for strong answers', () => {
    for (let seed = 0; seed < 20; seed++) {
      const strong = VoiceMetrics.parse(sampleVoiceMetrics(4, 250, createRng(seed)));
      expect(strong.estimatedWpm).toBeGreaterThanOrEqual(130);
      expect(strong.estimatedWpm).toBeLessThanOrEqual(160);
      expect(strong.longestPauseSec).toBeLessThan(2.5);
      const weak = VoiceMetrics.parse(sampleVoiceMetrics(1, 120, createRng(seed)));
      expect(weak.longestPauseSec).toBeGreaterThanOrEqual(2.5);
      expect(weak.durationSec).toBeGreaterThan(weak.speechSec);
    }
  });
});
