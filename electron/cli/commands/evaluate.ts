import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { QuestionCategory } from '../../../shared/domain/questions/bank-schema';
import { sharedLocalEvaluator } from '../../main/attempts/shared-evaluator';
import type { CliCommand, CliIO } from '../cli-types';
import { UsageError } from '../cli-types';
import { createBankLookup } from '../evaluate/bank-lookup';
import { runBatch } from '../evaluate/batch';
import {
  evaluateOne,
  formatEvaluation,
  type CliEvaluationRequest,
  type CliEvaluationResult,
} from '../evaluate/evaluate-one';
import { saveAnswer, type SavedEvaluationResult } from '../evaluate/save-answer';
import { openCliServices } from '../cli-services';
import { createAttemptService } from '../../main/attempts/attempt-service';
import type { BankQuestion } from '../../../shared/domain/questions/bank-schema';
import { parseCommandArgs } from '../parse-args';
import { AiError } from '../../main/ai/ai-error';
import { aiReviewForCli } from '../evaluate/ai-review-cli';
import { AI_FAILED } from './ai';

const OPTIONS = {
  question: { type: 'string' },
  category: { type: 'string' },
  answer: { type: 'string' },
  'answer-file': { type: 'string' },
  duration: { type: 'string' },
  batch: { type: 'string' },
  json: { type: 'boolean', default: false },
  ai: { type: 'boolean', default: false },
  save: { type: 'boolean', default: false },
} as const;

async function readableFile(io: CliIO, given: string, flag: string): Promise<string> {
  const file = path.resolve(io.cwd, given);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new UsageError(`${flag}: cannot read ${given}: no such file`);
  return file;
}

function parseCategory(value: string | undefined): QuestionCategory | undefined {
  if (value === undefined) return undefined;
  const parsed = QuestionCategory.safeParse(value);
  if (!parsed.success) throw new UsageError(`--category must be one of: ${QuestionCategory.options.join(', ')}`);
  return parsed.data;
}

function parseDuration(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!(Number.isFinite(seconds) && seconds > 0 && seconds <= 7200))
    throw new UsageError('--duration must be a number of seconds between 0 and 7200');
  return seconds;
}

/**
 * `coach evaluate`: the app's local evaluator on one answer, or on a JSONL batch. A question
 * worded like one in the bank is graded against the bank's key points.
 */
export const evaluateCommand: CliCommand = {
  name: 'evaluate',
  summary: 'Grade an answer (or a JSONL batch) with the offline evaluator',
  usage:
    'evaluate --question <q> (--answer <a> | --answer-file <f>) [--category <c>] [--duration <s>] [--ai] [--save] [--json]; or --batch <f.jsonl> [--save]',
  async run(args, io) {
    const parsed = parse(args);
    if (!parsed.values.save)
      return evaluate(parsed, io, (request, bank) => evaluateOne(sharedLocalEvaluator(), request, bank));
    // --save: stored as the app stores a typed answer (and queued for `coach sync`), in the data folder.
    const services = await openCliServices(io);
    try {
      const attempts = createAttemptService(services);
      return await evaluate(parsed, io, (request, bank) => saveAnswer(attempts, request, bank));
    } finally {
      await services.close();
    }
  },
};

type Grade = (
  request: CliEvaluationRequest,
  bank: BankQuestion | null,
) => Promise<CliEvaluationResult | SavedEvaluationResult>;

const parse = (args: string[]) => parseCommandArgs(args, OPTIONS, true);

async function evaluate({ values, positionals }: ReturnType<typeof parse>, io: CliIO, grade: Grade): Promise<number> {
  if (positionals.length)
    throw new UsageError(`unexpected argument "${positionals[0]}"; put the answer in --answer "…"`);
  const lookup = createBankLookup();

  if (values.batch !== undefined) {
    const clash = (['question', 'answer', 'answer-file', 'category', 'duration'] as const).find(
      (k) => values[k] !== undefined,
    );
    if (clash) throw new UsageError(`--batch takes each line's question and answer from the file; drop --${clash}`);
    if (values.ai) throw new UsageError('--ai reviews one answer at a time; drop --batch or --ai');
    const file = await readableFile(io, values.batch, '--batch');
    const summary = await runBatch(
      file,
      (request) => grade(request, lookup(request.question)),
      (line) => io.stdout(`${line}\n`),
    );
    if (summary.errors)
      io.stderr(
        `coach evaluate: ${summary.errors} of ${summary.lines} lines could not be graded (see their "error")\n`,
      );
    return 0;
  }

  if (values.question === undefined || values.question.trim() === '') throw new UsageError('--question is required');
  if ((values.answer === undefined) === (values['answer-file'] === undefined))
    throw new UsageError('give the answer with exactly one of --answer or --answer-file');
  const category = parseCategory(values.category);
  const durationSec = parseDuration(values.duration);
  const answer =
    values.answer ?? (await readFile(await readableFile(io, values['answer-file'] ?? '', '--answer-file'), 'utf8'));

  const result = await grade({ question: values.question, category, answer, durationSec }, lookup(values.question));
  if (!result.ok) {
    io.stderr(`coach evaluate: ${result.message}\n`);
    return 1;
  }
  if (!values.ai) {
    const saved = 'attemptId' in result.value ? `Saved to your history as ${result.value.attemptId}.\n` : '';
    io.stdout(values.json ? `${JSON.stringify(result.value)}\n` : formatEvaluation(result.value) + saved);
    return 0;
  }
  try {
    const ai = await aiReviewForCli(io, { question: values.question, category, answer }, lookup(values.question));
    io.stdout(
      values.json
        ? `${JSON.stringify({ ...result.value, ai })}\n`
        : `${formatEvaluation(result.value)}\nAI review (${ai.model}): ${ai.score}/100\n${ai.nextSteps.map((s) => `- ${s}`).join('\n')}\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof AiError)) throw error;
    io.stderr(`coach evaluate: ${error.message}\n`);
    return AI_FAILED;
  }
}
