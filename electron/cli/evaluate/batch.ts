import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { QuestionCategory } from '../../../shared/domain/questions/bank-schema';
import { zodMessage } from '../../../shared/ipc/zod-message';
import type { CliEvaluationRequest } from './evaluate-one';

/** One line of a batch file. Unknown keys are ignored so a coach's own fields (a name, an id) can ride along. */
export const BatchLine = z.object({
  question: z.string().trim().min(1, 'the question is empty').max(2000),
  category: QuestionCategory.optional(),
  answer: z.string(),
  durationSec: z.number().positive().max(7200).optional(),
});

export interface BatchSummary {
  lines: number;
  errors: number;
}

function errorLine(line: number, code: string, message: string): string {
  return JSON.stringify({ error: { line, code, message } });
}

/**
 * Grades (and with --save, stores) a JSONL file line by line, writing one output line per input line as soon as it is
 * graded (so a long batch streams), with {"error": …} for a line that cannot be graded.
 */
export async function runBatch(
  file: string,
  grade: (
    request: CliEvaluationRequest,
  ) => Promise<{ ok: true; value: object } | { ok: false; code: string; message: string }>,
  write: (line: string) => void,
): Promise<BatchSummary> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let count = 0;
  let errors = 0;
  for await (const text of lines) {
    count += 1;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      errors += 1;
      write(errorLine(count, 'bad-json', text.trim() === '' ? 'The line is empty' : 'The line is not valid JSON'));
      continue;
    }
    const parsed = BatchLine.safeParse(json);
    if (!parsed.success) {
      errors += 1;
      write(errorLine(count, 'bad-line', zodMessage(parsed.error)));
      continue;
    }
    const result = await grade(parsed.data);
    if (result.ok) {
      write(JSON.stringify(result.value));
    } else {
      errors += 1;
      write(errorLine(count, result.code, result.message));
    }
  }
  return { lines: count, errors };
}
