import { sql } from 'kysely';
import { appIdentity } from '../../main/app-identity';
import { openCliServices } from '../cli-services';
import type { CliCommand } from '../cli-types';
import { parseCommandArgs } from '../parse-args';

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show the data folder and what it holds',
  usage: 'info [--json]',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean', default: false } });
    const services = await openCliServices(io);
    try {
      const counts = await services.db
        .selectFrom('attempts')
        .select([sql<number>`count(*)`.as('attempts')])
        .executeTakeFirstOrThrow();
      const questions = await services.db
        .selectFrom('questions')
        .select([sql<number>`count(*)`.as('questions')])
        .executeTakeFirstOrThrow();
      const info = {
        ...appIdentity(),
        dataDir: services.paths.dataDir,
        database: services.paths.database,
        attempts: counts.attempts,
        questions: questions.questions,
      };
      io.stdout(
        values.json
          ? `${JSON.stringify(info)}\n`
          : `${info.name} ${info.version}\nData folder: ${info.dataDir}\nAttempts: ${info.attempts}\nQuestions: ${info.questions}\n`,
      );
      return 0;
    } finally {
      await services.close();
    }
  },
};
