import { openCliServices } from '../cli-services';
import type { CliCommand } from '../cli-types';
import { UsageError } from '../cli-types';
import { parseCommandArgs } from '../parse-args';
import { aiFromEnv } from '../ai-from-env';

/** Exit code for "the AI provider failed" (bad key, unreachable, …), distinct from usage (2) and bugs (1). */
export const AI_FAILED = 4;

export const aiCommand: CliCommand = {
  name: 'ai',
  summary: 'Check the AI provider: list its models (env INTERVYOU_AI_BASE_URL/_MODEL/_API_KEY or saved settings)',
  usage: 'ai test [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean', default: false } }, true);
    if (positionals[0] !== 'test' || positionals.length !== 1) throw new UsageError('Say "ai test"');
    const services = await openCliServices(io);
    try {
      const report = await aiFromEnv(services, io.env).testConnection();
      if (!report.ok) {
        io.stderr(`coach ai: ${report.message}\n`);
        return AI_FAILED;
      }
      io.stdout(values.json ? `${JSON.stringify({ ok: true, models: report.models })}\n` : `${report.message}\n`);
      return 0;
    } finally {
      await services.close();
    }
  },
};
