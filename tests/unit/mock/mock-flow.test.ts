import { describe, expect, it } from 'vitest';
import { mockStep, secondsLeft, startQuestion, type MockTiming } from '../../../shared/domain/mock/mock-flow';

const text: MockTiming = { prepSec: 30, answerSec: 120, recorded: false };
const audio: MockTiming = { ...text, recorded: true };

describe('mock interview timing', () => {
  it('counts prep down, then the answer clock starts where prep ended', () => {
    let s = startQuestion(0, 5, text, 0);
    expect(s.phase).toBe('prep');
    expect(secondsLeft(s, text, 10_400)).toBe(20);
    s = mockStep(s, { type: 'tick', nowMs: 29_999 }, text);
    expect(s.phase).toBe('prep');
    s = mockStep(s, { type: 'tick', nowMs: 31_500 }, text);
    expect(s).toMatchObject({ phase: 'answer', phaseStartedMs: 30_000 });
    expect(secondsLeft(s, text, 31_500)).toBe(119);
  });

  it('lets the user start answering early, and skips prep when prep time is zero', () => {
    const s = mockStep(startQuestion(0, 5, text, 0), { type: 'start-answer', nowMs: 5000 }, text);
    expect(s).toMatchObject({ phase: 'answer', phaseStartedMs: 5000 });
    expect(startQuestion(0, 5, { ...text, prepSec: 0 }, 0).phase).toBe('answer');
  });

  it('a typed answer goes to saving when time runs out, marked as timed out', () => {
    let s = mockStep(startQuestion(0, 5, text, 0), { type: 'start-answer', nowMs: 0 }, text);
    s = mockStep(s, { type: 'tick', nowMs: 120_000 }, text);
    expect(s).toMatchObject({ phase: 'saving', timedOut: true });
  });

  it('a recorded answer goes to notes when the user stops, then saving on save', () => {
    let s = mockStep(startQuestion(0, 5, audio, 0), { type: 'start-answer', nowMs: 0 }, audio);
    s = mockStep(s, { type: 'stop-answer', nowMs: 40_000 }, audio);
    expect(s).toMatchObject({ phase: 'notes', timedOut: false });
    expect(secondsLeft(s, audio, 50_000)).toBeNull();
    s = mockStep(s, { type: 'save', nowMs: 60_000 }, audio);
    expect(s.phase).toBe('saving');
  });

  it('moves to the next question once stored, and finishes after the last', () => {
    let s = { ...startQuestion(4, 5, text, 0), phase: 'saving' as const };
    s = mockStep(s, { type: 'stored', nowMs: 1 }, text) as typeof s;
    expect(s.phase).toBe('finished');
    const mid = mockStep({ ...startQuestion(1, 5, text, 0), phase: 'saving' }, { type: 'stored', nowMs: 7 }, text);
    expect(mid).toMatchObject({ index: 2, phase: 'prep', phaseStartedMs: 7 });
  });

  it('goes back to an untimed notes step when storing fails, keeping the question', () => {
    const saving = mockStep(
      mockStep(startQuestion(2, 5, text, 0), { type: 'start-answer', nowMs: 0 }, text),
      { type: 'stop-answer', nowMs: 9000 },
      text,
    );
    expect(saving.phase).toBe('saving');
    const failed = mockStep(saving, { type: 'save-failed', nowMs: 9500 }, text);
    expect(failed).toMatchObject({ index: 2, phase: 'notes' });
    expect(secondsLeft(failed, text, 999_999)).toBeNull();
  });

  it('can skip from prep, answer or notes, and the skip is what gets stored', () => {
    for (const phase of ['prep', 'answer', 'notes'] as const) {
      const s = mockStep({ ...startQuestion(1, 5, audio, 0), phase }, { type: 'skip', nowMs: 3 }, audio);
      expect(s).toMatchObject({ phase: 'saving', skipping: true, index: 1 });
      expect(mockStep(s, { type: 'stored', nowMs: 4 }, audio)).toMatchObject({ index: 2, skipping: false });
    }
    const finished = startQuestion(5, 5, text, 0);
    expect(mockStep(finished, { type: 'skip', nowMs: 1 }, text)).toBe(finished);
  });

  it('ignores events that do not belong to the phase', () => {
    const s = startQuestion(0, 5, text, 0);
    expect(mockStep(s, { type: 'stored', nowMs: 1 }, text)).toBe(s);
    expect(mockStep(s, { type: 'save', nowMs: 1 }, text)).toBe(s);
  });
});
