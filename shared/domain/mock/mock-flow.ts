/**
 * The timing of a mock interview as a pure state machine. The screen feeds it clock readings and
 * user actions; it says which phase the interview is in and how long is left.
 *
 *   prep ──(prep time up | "start answering")──▶ answer
 *   answer ──(answer time up | "done")──▶ notes (recorded modes) | saving (text)
 *   notes ──("save")──▶ saving
 *   saving ──(answer stored)──▶ prep of the next question | finished
 *   saving ──(store failed)──▶ notes (untimed: fix the answer or the notes, or skip)
 *   prep | answer | notes ──("skip")──▶ saving, marked as a skip
 *
 * "saving" is where the screen stores the answer; no feedback is shown until the end.
 */
export type MockPhase = 'prep' | 'answer' | 'notes' | 'saving' | 'finished';

export interface MockTiming {
  prepSec: number;
  answerSec: number;
  /** Audio or video answers: after answering comes a notes step (the text that gets scored). */
  recorded: boolean;
}

export interface MockFlowState {
  index: number;
  total: number;
  phase: MockPhase;
  /** Clock reading (ms) when the phase began. */
  phaseStartedMs: number;
  /** The answer phase ended because time ran out, not because the user finished. */
  timedOut: boolean;
  /** The user chose to skip: "saving" stores a skip instead of an answer. */
  skipping: boolean;
}

export type MockFlowEvent =
  | { type: 'tick'; nowMs: number }
  | { type: 'start-answer'; nowMs: number }
  | { type: 'stop-answer'; nowMs: number }
  | { type: 'save'; nowMs: number }
  /** `total`: the question count after storing, when it grew (a follow-up was added). */
  | { type: 'stored'; nowMs: number; total?: number }
  | { type: 'save-failed'; nowMs: number }
  | { type: 'skip'; nowMs: number };

/** The state at the start of question `index` (0-based); resuming an interrupted mock uses it too. */
export function startQuestion(index: number, total: number, timing: MockTiming, nowMs: number): MockFlowState {
  if (index >= total)
    return { index: total, total, phase: 'finished', phaseStartedMs: nowMs, timedOut: false, skipping: false };
  return {
    index,
    total,
    phase: timing.prepSec > 0 ? 'prep' : 'answer',
    phaseStartedMs: nowMs,
    timedOut: false,
    skipping: false,
  };
}

function afterAnswer(state: MockFlowState, timing: MockTiming, atMs: number, timedOut: boolean): MockFlowState {
  return { ...state, phase: timing.recorded ? 'notes' : 'saving', phaseStartedMs: atMs, timedOut };
}

export function mockStep(state: MockFlowState, event: MockFlowEvent, timing: MockTiming): MockFlowState {
  if (event.type === 'skip' && (state.phase === 'prep' || state.phase === 'answer' || state.phase === 'notes')) {
    return { ...state, phase: 'saving', phaseStartedMs: event.nowMs, skipping: true };
  }
  switch (state.phase) {
    case 'prep': {
      if (event.type === 'start-answer') return { ...state, phase: 'answer', phaseStartedMs: event.nowMs };
      if (event.type === 'tick' && event.nowMs - state.phaseStartedMs >= timing.prepSec * 1000) {
        // The answer clock starts when prep ran out, not when the tick happened to arrive.
        return { ...state, phase: 'answer', phaseStartedMs: state.phaseStartedMs + timing.prepSec * 1000 };
      }
      return state;
    }
    case 'answer': {
      if (event.type === 'stop-answer') return afterAnswer(state, timing, event.nowMs, false);
      if (event.type === 'tick' && event.nowMs - state.phaseStartedMs >= timing.answerSec * 1000) {
        return afterAnswer(state, timing, state.phaseStartedMs + timing.answerSec * 1000, true);
      }
      return state;
    }
    case 'notes':
      return event.type === 'save' ? { ...state, phase: 'saving', phaseStartedMs: event.nowMs } : state;
    case 'saving':
      if (event.type === 'stored')
        return startQuestion(state.index + 1, event.total ?? state.total, timing, event.nowMs);
      if (event.type === 'save-failed')
        return { ...state, phase: 'notes', phaseStartedMs: event.nowMs, skipping: false };
      return state;
    case 'finished':
      return state;
  }
}

/** Whole seconds left in the timed phases (never negative); null in untimed ones. */
export function secondsLeft(state: MockFlowState, timing: MockTiming, nowMs: number): number | null {
  const limit = state.phase === 'prep' ? timing.prepSec : state.phase === 'answer' ? timing.answerSec : null;
  if (limit === null) return null;
  return Math.max(0, Math.ceil(limit - (nowMs - state.phaseStartedMs) / 1000));
}

/** Seconds spent in the answer phase so far (for a typed answer's duration). */
export function secondsElapsed(state: MockFlowState, nowMs: number): number {
  return Math.max(0, (nowMs - state.phaseStartedMs) / 1000);
}
