import type { Kysely } from 'kysely';
import { createLocalEvaluator, type Evaluation, type LocalEvaluator } from '../../../shared/domain/evaluator';
import {
  ANSWER_LEVELS,
  answerVariant,
  typedDuration,
  type AnswerLevel,
} from '../../../shared/domain/sample/answer-variants';
import { countWords } from '../../../shared/domain/evaluator/text/tokenize';
import type { Rng } from '../../../shared/domain/sample/rng';
import { sampleVoiceMetrics } from '../../../shared/domain/sample/sample-voice';
import { evaluationRequest } from '../attempts/evaluation-request';
import type { Database, QuestionRow } from '../db/schema';
import { nextTurn } from './next-turn';

/**
 * The answers sample data is made of. Grading every generated answer with the real evaluator
 * would take minutes for a large history, so a pool of a few hundred is made and graded once:
 * a few bank questions per category (real ids and texts), each at four levels (answerVariant),
 * typed and — for every other question — spoken, with plausible voice metrics. Every sample
 * attempt reuses one pool answer verbatim with its real evaluation, so the score, feedback and
 * answer a user opens always belong together; only the dates and the mix are generated.
 *
 * The pool is graded by the local evaluator without its grammar pass (harper.js takes about half
 * a second an answer here); metrics.grammarChecked is false on these evaluations, as it says.
 */
export type PoolKind = 'typed' | 'spoken';

export interface PoolAnswer {
  question: Pick<QuestionRow, 'id' | 'text' | 'category'>;
  kind: PoolKind;
  level: AnswerLevel;
  answerText: string;
  durationSec: number;
  evaluation: Evaluation;
  evaluationJson: string;
  wpm: number | null;
}

type BankQuestion = Pick<QuestionRow, 'id' | 'text' | 'category' | 'type' | 'key_points' | 'model_answer'>;

let poolEvaluator: LocalEvaluator | null = null;
function evaluator(): LocalEvaluator {
  poolEvaluator ??= createLocalEvaluator({ grammar: false });
  return poolEvaluator;
}

/** Questions per category in the pool: two for a small history, up to five for a large one. */
export function poolQuestionsPerCategory(attempts: number): number {
  return Math.min(5, Math.max(2, Math.round(attempts / 100)));
}

export async function bankQuestionsWithModelAnswers(db: Kysely<Database>): Promise<BankQuestion[]> {
  return db
    .selectFrom('questions')
    .select(['id', 'text', 'category', 'type', 'key_points', 'model_answer'])
    .where('source', '=', 'bank')
    .where('archived', '=', 0)
    .where('model_answer', 'is not', null)
    .orderBy('id')
    .execute();
}

async function grade(question: BankQuestion, kind: PoolKind, level: AnswerLevel, rng: Rng): Promise<PoolAnswer> {
  const answerText = answerVariant(question.model_answer ?? '', { level, spoken: kind === 'spoken' }, rng);
  const words = countWords(answerText);
  const voice = kind === 'spoken' ? sampleVoiceMetrics(level, words, rng) : null;
  const durationSec = voice ? Math.round(voice.durationSec) : typedDuration(words, rng);
  const evaluation = await evaluator().evaluate(
    evaluationRequest({
      questionText: question.text,
      category: question.category,
      mode: kind === 'spoken' ? 'audio' : 'text',
      answer: answerText,
      durationSec,
      voice,
      question,
    }),
  );
  return {
    question: { id: question.id, text: question.text, category: question.category },
    kind,
    level,
    answerText,
    durationSec,
    evaluation,
    evaluationJson: JSON.stringify(evaluation),
    wpm: kind === 'spoken' ? evaluation.metrics.wpm : null,
  };
}

/** Pool answers by category and kind, sorted by score. */
export type Pool = Map<string, Record<PoolKind, PoolAnswer[]>>;

export async function buildPool(
  questions: readonly BankQuestion[],
  perCategory: number,
  rng: Rng,
  /** Longest stretch of grading before the event loop gets a turn. */
  sliceMs: number,
  onProgress?: (done: number, total: number) => void,
): Promise<Pool> {
  const byCategory = new Map<string, BankQuestion[]>();
  for (const q of questions) byCategory.set(q.category, [...(byCategory.get(q.category) ?? []), q]);
  const jobs: Array<{ question: BankQuestion; kind: PoolKind; level: AnswerLevel }> = [];
  for (const list of byCategory.values()) {
    rng
      .shuffle(list)
      .slice(0, perCategory)
      .forEach((question, i) => {
        for (const level of ANSWER_LEVELS) {
          jobs.push({ question, kind: 'typed', level });
          if (i % 2 === 0) jobs.push({ question, kind: 'spoken', level });
        }
      });
  }
  const pool: Pool = new Map();
  let sliceStarted = performance.now();
  for (const [i, job] of jobs.entries()) {
    // Grading runs on the main process's thread: give its event loop (IPC, recordings) a turn
    // every few milliseconds rather than hold it for the whole second or two the pool takes.
    if (performance.now() - sliceStarted >= sliceMs) {
      await nextTurn();
      sliceStarted = performance.now();
    }
    const answer = await grade(job.question, job.kind, job.level, rng);
    const entry = pool.get(answer.question.category) ?? { typed: [], spoken: [] };
    entry[job.kind].push(answer);
    pool.set(answer.question.category, entry);
    onProgress?.(i + 1, jobs.length);
  }
  for (const entry of pool.values()) {
    entry.typed.sort((a, b) => a.evaluation.overall - b.evaluation.overall);
    entry.spoken.sort((a, b) => a.evaluation.overall - b.evaluation.overall);
  }
  return pool;
}

/**
 * A pool answer scoring near the target (within 6 points), at random among those that are
 * neither a recently used answer nor a recently answered question — a history that repeats one
 * question back to back looks fake — then among any near ones; else the nearest.
 */
export function pickAnswer(
  answers: readonly PoolAnswer[],
  target: number,
  rng: Rng,
  recent?: RecentPicks,
): PoolAnswer | undefined {
  const near = answers.filter((a) => Math.abs(a.evaluation.overall - target) <= 6);
  for (const tier of [
    near.filter((a) => !recent?.has(a) && !recent?.askedLately(a)),
    near.filter((a) => !recent?.has(a)),
    near,
  ]) {
    if (tier.length) return rng.pick(tier);
  }
  let best: PoolAnswer | undefined;
  for (const a of answers)
    if (!best || Math.abs(a.evaluation.overall - target) < Math.abs(best.evaluation.overall - target)) best = a;
  return best;
}

/** The last few answers picked per category (and the last two questions): what pickAnswer avoids repeating. */
export class RecentPicks {
  private readonly byCategory = new Map<string, PoolAnswer[]>();
  constructor(private readonly size: number) {}
  has(answer: PoolAnswer): boolean {
    return this.byCategory.get(answer.question.category)?.includes(answer) ?? false;
  }
  askedLately(answer: PoolAnswer): boolean {
    return (this.byCategory.get(answer.question.category) ?? [])
      .slice(-2)
      .some((a) => a.question.id === answer.question.id);
  }
  add(answer: PoolAnswer): void {
    const list = this.byCategory.get(answer.question.category) ?? [];
    list.push(answer);
    if (list.length > this.size) list.shift();
    this.byCategory.set(answer.question.category, list);
  }
}
