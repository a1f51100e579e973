import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GenerateQuestionsInput } from '../../../shared/ai/generated-questions';
import { zodMessage } from '../../../shared/ipc/zod-message';
import { AiError } from '../../main/ai/ai-error';
import { generateQuestions } from '../../main/ai/question-generator';
import { aiFromEnv } from '../ai-from-env';
import { openCliServices } from '../cli-services';
import type { CliIO } from '../cli-types';
import { UsageError } from '../cli-types';
import { parseCommandArgs } from '../parse-args';
import { AI_FAILED } from './ai';

export const QUESTIONS_GENERATE_USAGE =
  'questions generate --category <c> [--count N] [--difficulty d] [--role r] [--job-file f] [--json]';

/** `coach questions generate`: new questions from the AI provider, saved as the user's own. */
export async function runQuestionsGenerate(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(args, {
    category: { type: 'string' },
    count: { type: 'string', default: '3' },
    difficulty: { type: 'string' },
    role: { type: 'string' },
    'job-file': { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const jobDescription = values['job-file']
    ? await readFile(path.resolve(io.cwd, values['job-file']), 'utf8').catch(() => {
        throw new UsageError(`cannot read --job-file ${values['job-file']}`);
      })
    : undefined;
  const input = GenerateQuestionsInput.safeParse({
    category: values.category,
    count: Number(values.count),
    ...(values.difficulty ? { difficulty: values.difficulty } : {}),
    ...(values.role ? { role: values.role } : {}),
    ...(jobDescription ? { jobDescription } : {}),
  });
  if (!input.success) throw new UsageError(zodMessage(input.error));
  const services = await openCliServices(io);
  try {
    const result = await generateQuestions(aiFromEnv(services, io.env), services.db, input.data, services.now());
    if (values.json) {
      io.stdout(`${JSON.stringify(result.questions)}\n`);
    } else {
      for (const q of result.questions) io.stdout(`${q.id}  ${q.text}\n`);
      io.stdout(
        `${result.questions.length} saved from ${result.model}; ${result.duplicatesSkipped} duplicates left out.\n`,
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof AiError)) throw error;
    io.stderr(`coach questions generate: ${error.message}\n`);
    return AI_FAILED;
  } finally {
    await services.close();
  }
}
