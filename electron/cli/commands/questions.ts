import { Difficulty, QuestionCategory, Role } from '../../../shared/domain/questions/bank-schema';
import { getQuestion, searchQuestions } from '../../main/questions/question-queries';
import { openCliServices } from '../cli-services';
import type { CliCommand } from '../cli-types';
import { UsageError } from '../cli-types';
import { parseCommandArgs, wholeNumberOption } from '../parse-args';
import { QUESTIONS_GENERATE_USAGE, runQuestionsGenerate } from './questions-generate';

const OPTIONS = {
  category: { type: 'string' },
  difficulty: { type: 'string' },
  role: { type: 'string' },
  search: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

function oneOf<T extends string>(flag: string, options: readonly T[], value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  if (!(options as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of: ${options.join(', ')}`);
  return value as T;
}

/** `coach questions`: the bank (and the user's own questions) from the data folder, searched like the app does. */
export const questionsCommand: CliCommand = {
  name: 'questions',
  summary: 'List or search practice questions',
  usage: `questions [--category <c>] [--difficulty <d>] [--role <r>] [--search <words>] [--limit N] [--json]; or ${QUESTIONS_GENERATE_USAGE}`,
  async run(args, io) {
    if (args[0] === 'generate') return runQuestionsGenerate(args.slice(1), io);
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"; search with --search "…"`);
    const category = oneOf('--category', QuestionCategory.options, values.category);
    const difficulty = oneOf('--difficulty', Difficulty.options, values.difficulty);
    const role = oneOf(
      '--role',
      Role.options.filter((r) => r !== 'any'),
      values.role,
    );
    const limit = wholeNumberOption(values.limit, '--limit', { min: 1, max: 100 }, 20);
    if ((values.search ?? '').length > 200) throw new UsageError('--search is limited to 200 characters');

    const services = await openCliServices(io);
    try {
      const found = await searchQuestions(services.db, {
        query: values.search ?? '',
        category,
        difficulty,
        role,
        limit,
        offset: 0,
      });
      const questions = [];
      for (const item of found.items) {
        const detail = await getQuestion(services.db, item.id);
        if (!detail) continue;
        questions.push({
          id: detail.id,
          source: detail.source,
          category: detail.category,
          type: detail.type,
          difficulty: detail.difficulty,
          text: detail.text,
          tags: detail.tags,
          roles: detail.roles,
          keyPoints: detail.keyPoints.map((k) => k.text),
          modelAnswer: detail.modelAnswer,
        });
      }
      if (values.json) {
        io.stdout(`${JSON.stringify({ total: found.total, matchedAllWords: found.matchedAllWords, questions })}\n`);
      } else if (questions.length === 0) {
        io.stdout('No questions match.\n');
      } else {
        const lines = questions.map(
          (q) => `${q.id.padEnd(10)} ${`${q.category}/${q.difficulty}`.padEnd(28)} ${q.text}`,
        );
        io.stdout(
          `${lines.join('\n')}\n${questions.length < found.total ? `(${questions.length} of ${found.total}; raise --limit for more)\n` : ''}`,
        );
      }
      return 0;
    } finally {
      await services.close();
    }
  },
};
