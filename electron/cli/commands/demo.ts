import { AppError } from '../../../shared/ipc/result';
import { loadSampleData, MAX_SAMPLE_ATTEMPTS, removeSampleRows } from '../../main/sample/sample-data';
import { openCliServices } from '../cli-services';
import type { CliCommand } from '../cli-types';
import { UsageError } from '../cli-types';
import { parseCommandArgs, wholeNumberOption } from '../parse-args';

/**
 * `coach demo --attempts <N>`: fills the data folder with a sample practice history (marked as
 * sample; `--remove` takes it out again). The same generator as Settings → Load sample data.
 */
export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Fill the data folder with a realistic sample practice history (or --remove it)',
  usage: 'demo --attempts <N> [--seed <n>] [--json] | demo --remove',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      attempts: { type: 'string' },
      seed: { type: 'string' },
      remove: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    });
    if (values.remove && values.attempts !== undefined) throw new UsageError('Use either --attempts or --remove');
    const attempts = wholeNumberOption(values.attempts, '--attempts', { min: 1, max: MAX_SAMPLE_ATTEMPTS });
    if (!values.remove && attempts === undefined) {
      throw new UsageError(`--attempts must be a whole number from 1 to ${MAX_SAMPLE_ATTEMPTS}`);
    }
    const seed = wholeNumberOption(values.seed, '--seed', { min: 0 });

    const services = await openCliServices(io);
    try {
      if (values.remove) {
        const removed = removeSampleRows(services.database.sqlite);
        io.stdout(
          values.json
            ? `${JSON.stringify(removed)}\n`
            : `Removed ${removed.removedAttempts} sample answers and ${removed.removedSessions} sample mock interviews.\n`,
        );
        return 0;
      }
      const started = performance.now();
      let lastStage = '';
      const result = await loadSampleData(
        { db: services.db, sqlite: services.database.sqlite },
        {
          attempts: attempts ?? 0,
          now: services.now(),
          seed,
          sliceMs: Number.POSITIVE_INFINITY,
          onProgress: (stage, done, total) => {
            if (values.json) return;
            if (stage !== lastStage || done === total || done % (stage === 'grading' ? 50 : 20_000) === 0) {
              io.stderr(`${stage === 'grading' ? 'Grading sample answers' : 'Writing attempts'}: ${done}/${total}\n`);
              lastStage = stage;
            }
          },
        },
      );
      const seconds = (performance.now() - started) / 1000;
      io.stdout(
        values.json
          ? `${JSON.stringify({ ...result, seconds: Math.round(seconds * 10) / 10, dataDir: services.paths.dataDir })}\n`
          : `Wrote ${result.attempts} sample answers (${result.sessions} mock interviews) from ${result.from} to ${result.to}, ` +
              `made from ${result.poolAnswers} graded answers, in ${seconds.toFixed(1)} s.\n` +
              `${result.replaced ? `Replaced ${result.replaced} earlier sample answers.\n` : ''}Data folder: ${services.paths.dataDir}\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof AppError) {
        io.stderr(`coach demo: ${error.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      await services.close();
    }
  },
};
