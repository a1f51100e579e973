import { isServiceError } from '../../main/account/service-error';
import { syncFailureWords } from '../../main/sync/failure-words';
import { syncEngineFor } from '../../main/sync/sync-for-services';
import { openCliServices } from '../cli-services';
import type { CliCommand } from '../cli-types';
import { UsageError } from '../cli-types';
import { parseCommandArgs } from '../parse-args';

/** Exit code when the account service could not be reached or did not answer usably; nothing is lost. */
export const SERVICE_UNREACHABLE = 3;

/** `coach sync`: one pass of the app's sync engine over the outbox, in the foreground. */
export const syncCommand: CliCommand = {
  name: 'sync',
  summary: 'Send the scores waiting in the outbox to the account service',
  usage: 'sync [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean', default: false } }, true);
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const services = await openCliServices(io);
    try {
      const report = await syncEngineFor(services).push();
      if (report.skipped === 'paused') {
        io.stderr('coach sync: "Sync my scores" is off in Settings; nothing was sent\n');
        return 1;
      }
      if (report.skipped === 'signed-out') {
        io.stderr('coach sync: not signed in; run "coach account signin" first\n');
        return 1;
      }
      if (report.error !== null) {
        const unreachable =
          isServiceError(report.error) && ['offline', 'server', 'bad-reply'].includes(report.error.kind);
        io.stderr(`coach sync: ${syncFailureWords(report.error)} ${report.pending} waiting.\n`);
        return unreachable ? SERVICE_UNREACHABLE : 1;
      }
      const { pushed, duplicates, rejected, pending } = report;
      io.stdout(
        values.json
          ? `${JSON.stringify({ pushed, duplicates, rejected, pending })}\n`
          : `Sent ${pushed} new score${pushed === 1 ? '' : 's'} (${duplicates} already there, ${rejected} refused); ${pending} waiting.\n`,
      );
      return 0;
    } finally {
      await services.close();
    }
  },
};
