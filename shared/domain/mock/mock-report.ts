import { categoryLabel, SUBSKILLS, SUBSKILL_LABELS, type Subskill } from '../advisor/labels';

export interface MockAnswerResult {
  index: number;
  questionId: string;
  questionText: string;
  category: string;
  /** Skipped: the user moved on without an answer that could be scored. */
  status: 'answered' | 'skipped';
  overall: number | null;
  subscores: Readonly<Record<Subskill, number | null>> | null;
  feedback: Array<{ kind: 'strength' | 'improve'; area: string; message: string }>;
  durationSec: number | null;
  attemptId: string | null;
}

export interface PastMock {
  sessionId: string;
  endedAt: string;
  /** Null for a mock where nothing was answered: it takes no part in comparisons. */
  total: number | null;
}

export interface PractiseSuggestion {
  kind: 'category' | 'subskill' | 'habit' | 'question';
  id: string;
  label: string;
  reason: string;
}

export interface MockComparison {
  /** Earlier completed mock interviews. */
  count: number;
  previousTotal: number | null;
  bestTotal: number | null;
  /** This total minus the previous one. */
  delta: number | null;
  /** 1 = the best of all mocks including this one. */
  rank: number;
  /** unscored: nothing was answered in this one, so there is nothing to compare. */
  verdict: 'first' | 'better' | 'worse' | 'same' | 'unscored';
  /** Totals of earlier mocks, oldest first, then this one — for a small trend line. */
  history: number[];
}

export interface MockReportSummary {
  /**
   * Mean over the answered questions; null when none was answered. A skipped question is not
   * scored and not averaged in as 0: the report shows how many were skipped beside the total.
   */
  total: number | null;
  answered: number;
  skipped: number;
  questions: MockAnswerResult[];
  strongestIndex: number | null;
  weakestIndex: number | null;
  subskills: Record<Subskill, number | null>;
  practiseNext: PractiseSuggestion[];
  comparison: MockComparison;
}

/** Feedback areas (evaluator) as habits to work on. */
const HABIT_LABELS: Readonly<Record<string, string>> = {
  content: 'Cover the key points',
  'key-points': 'Cover the key points',
  relevance: 'Answer the question asked',
  specifics: 'Give specifics and numbers',
  structure: 'Structure your answers',
  result: 'End with the result',
  ownership: 'Say what you did',
  length: 'Get the length right',
  fillers: 'Cut filler words',
  hedging: 'Drop the hedges',
  grammar: 'Clean up grammar',
  tone: 'Keep the tone positive',
  delivery: 'Work on delivery',
};

/** What to do about each habit, in general terms (a single answer's feedback quotes that answer). */
const HABIT_ADVICE: Readonly<Record<string, string>> = {
  'Cover the key points':
    'Before answering, list the two or three points the interviewer is listening for, and make sure each one is in your answer.',
  'Answer the question asked': 'Open with a direct answer to the question in your first sentence, then support it.',
  'Give specifics and numbers': 'Name the tools, the people and the numbers: how many, how much, how fast.',
  'Structure your answers': 'Tell it in order: the situation, your task, what you did, and the result.',
  'End with the result': 'Finish every story with the outcome — what changed, by how much — and what you learned.',
  'Say what you did': 'Say “I” for your own actions; keep “we” for what the team did.',
  'Get the length right':
    'Aim for one and a half to three minutes: enough for the story, short enough to keep attention.',
  'Cut filler words': 'Pause instead of saying “um”, “like” or “basically”; a short silence sounds confident.',
  'Drop the hedges': 'Replace “I think”, “maybe” and “kind of” with plain statements.',
  'Clean up grammar': 'Read typed answers back once before you submit them.',
  'Keep the tone positive': 'Describe problems and people neutrally, and focus on what you did about it.',
  'Work on delivery': 'Keep a steady pace of about 130–160 words a minute and vary your pitch.',
};

const CATEGORY_FOCUS_BELOW = 70;
const SUBSKILL_FOCUS_BELOW = 65;
const MAX_SUGGESTIONS = 4;

function average(values: readonly number[]): number | null {
  return values.length ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10 : null;
}

function suggestions(
  answers: readonly MockAnswerResult[],
  subskills: Record<Subskill, number | null>,
): PractiseSuggestion[] {
  const out: PractiseSuggestion[] = [];
  const answered = answers.filter((a) => a.status === 'answered' && a.overall !== null);

  const byCategory = new Map<string, number[]>();
  for (const a of answered) byCategory.set(a.category, [...(byCategory.get(a.category) ?? []), a.overall ?? 0]);
  [...byCategory.entries()]
    .map(([cat, scores]) => ({ cat, avg: average(scores) ?? 0 }))
    .filter((c) => c.avg < CATEGORY_FOCUS_BELOW)
    .sort((a, b) => a.avg - b.avg)
    .slice(0, 2)
    .forEach(({ cat, avg }) =>
      out.push({
        kind: 'category',
        id: cat,
        label: categoryLabel(cat),
        reason: `You scored ${Math.round(avg)} on ${categoryLabel(cat)} in this interview.`,
      }),
    );

  const weakest = SUBSKILLS.map((s) => ({ s, v: subskills[s] }))
    .filter((x): x is { s: Subskill; v: number } => x.v !== null)
    .sort((a, b) => a.v - b.v)[0];
  if (weakest && weakest.v < SUBSKILL_FOCUS_BELOW) {
    out.push({
      kind: 'subskill',
      id: weakest.s,
      label: SUBSKILL_LABELS[weakest.s],
      reason: `Your lowest sub-score in this interview (${Math.round(weakest.v)}).`,
    });
  }

  const habits = new Map<string, { count: number; message: string }>();
  for (const a of answered) {
    const areas = new Set(a.feedback.filter((f) => f.kind === 'improve').map((f) => HABIT_LABELS[f.area] ?? f.area));
    for (const label of areas) {
      const first = a.feedback.find((f) => f.kind === 'improve' && (HABIT_LABELS[f.area] ?? f.area) === label);
      const seen = habits.get(label);
      habits.set(label, { count: (seen?.count ?? 0) + 1, message: seen?.message ?? first?.message ?? '' });
    }
  }
  const habit = [...habits.entries()]
    .filter(([, h]) => h.count >= 2)
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))[0];
  if (habit) {
    out.push({
      kind: 'habit',
      id: habit[0],
      label: habit[0],
      reason:
        `Came up in ${habit[1].count} of ${answered.length} answers. ${HABIT_ADVICE[habit[0]] ?? habit[1].message}`.trim(),
    });
  }

  for (const a of answers.filter((x) => x.status === 'skipped')) {
    out.push({
      kind: 'question',
      id: a.questionId,
      label: a.questionText,
      reason: 'Not answered in the interview — practise it on its own.',
    });
  }
  return out.slice(0, MAX_SUGGESTIONS);
}

function compare(total: number | null, past: readonly PastMock[]): MockComparison {
  const ordered = [...past].sort((a, b) => a.endedAt.localeCompare(b.endedAt));
  const totals = ordered.flatMap((p) => (p.total === null ? [] : [p.total]));
  if (total === null) {
    return {
      count: totals.length,
      previousTotal: totals.at(-1) ?? null,
      bestTotal: totals.length ? Math.max(...totals) : null,
      delta: null,
      rank: totals.length + 1,
      verdict: 'unscored',
      history: totals,
    };
  }
  const previous = totals.at(-1) ?? null;
  const best = totals.length ? Math.max(...totals) : null;
  const delta = previous === null ? null : Math.round((total - previous) * 10) / 10;
  const verdict: MockComparison['verdict'] =
    delta === null ? 'first' : delta >= 1 ? 'better' : delta <= -1 ? 'worse' : 'same';
  return {
    count: totals.length,
    previousTotal: previous,
    bestTotal: best,
    delta,
    rank: 1 + totals.filter((t) => t > total).length,
    verdict,
    history: [...totals, total],
  };
}

/** The end-of-interview report from the stored answers and the user's earlier mock interviews. */
export function buildMockReport(answers: readonly MockAnswerResult[], past: readonly PastMock[]): MockReportSummary {
  const questions = [...answers].sort((a, b) => a.index - b.index);
  const scored = questions.filter((a) => a.status === 'answered' && a.overall !== null);
  const total = average(scored.map((a) => a.overall ?? 0));
  const byScore = [...scored].sort((a, b) => (a.overall ?? 0) - (b.overall ?? 0) || a.index - b.index);
  const subskills = Object.fromEntries(
    SUBSKILLS.map((s) => [
      s,
      average(scored.flatMap((a) => ((a.subscores?.[s] ?? null) === null ? [] : [a.subscores?.[s] as number]))),
    ]),
  ) as Record<Subskill, number | null>;
  return {
    total,
    answered: scored.length,
    skipped: questions.length - scored.length,
    questions,
    // With a single answer it is both; the screen then shows it once.
    strongestIndex: byScore.length ? (byScore.at(-1)?.index ?? null) : null,
    weakestIndex: byScore.length ? (byScore[0]?.index ?? null) : null,
    subskills,
    practiseNext: suggestions(questions, subskills),
    comparison: compare(total, past),
  };
}
