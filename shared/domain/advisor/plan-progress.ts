/**
 * Plan progress. An item is done when its question is answered at or after the moment the plan
 * started — in the plan's own practice session or anywhere else (the question bank, a mock
 * interview). Counting any later answer keeps progress honest when the user practises the
 * question from another screen, and an answer from before the plan never counts.
 */
export interface PlanAttempt {
  questionId: string;
  score: number;
  createdAt: string;
}

export interface PlanItemProgress {
  questionId: string;
  done: boolean;
  /** The latest score since the plan started; null while not done. */
  score: number | null;
  answeredAt: string | null;
}

export interface PlanProgress {
  done: number;
  total: number;
  complete: boolean;
  averageScore: number | null;
  items: PlanItemProgress[];
}

export function planProgress(
  items: readonly { questionId: string }[],
  startedAt: string,
  attempts: readonly PlanAttempt[],
): PlanProgress {
  const latest = new Map<string, PlanAttempt>();
  for (const a of attempts) {
    if (a.createdAt < startedAt) continue;
    const seen = latest.get(a.questionId);
    if (!seen || a.createdAt >= seen.createdAt) latest.set(a.questionId, a);
  }
  const rows = items.map((item) => {
    const a = latest.get(item.questionId);
    return {
      questionId: item.questionId,
      done: Boolean(a),
      score: a ? a.score : null,
      answeredAt: a ? a.createdAt : null,
    };
  });
  const scores = rows.flatMap((r) => (r.score === null ? [] : [r.score]));
  const done = scores.length;
  return {
    done,
    total: items.length,
    complete: items.length > 0 && done === items.length,
    averageScore: done ? Math.round((scores.reduce((s, x) => s + x, 0) / done) * 10) / 10 : null,
    items: rows,
  };
}
