import { CategorySlug, LeaderboardPeriod } from '../../../shared/sync';
import { leaderboardFor } from '../../main/sync/sync-for-services';
import { openCliServices } from '../cli-services';
import type { CliCommand } from '../cli-types';
import { UsageError } from '../cli-types';
import { parseCommandArgs } from '../parse-args';
import { SERVICE_UNREACHABLE } from './sync';

const OPTIONS = {
  period: { type: 'string', default: 'week' },
  category: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

/** `coach leaderboard`: the service's board as the signed-in user sees it (the cached one when it cannot be reached). */
export const leaderboardCommand: CliCommand = {
  name: 'leaderboard',
  summary: "Print the account service's leaderboard (this week or all time)",
  usage: 'leaderboard [--period week|all] [--category <c>] [--json]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const period = LeaderboardPeriod.safeParse(values.period);
    if (!period.success) throw new UsageError('--period must be week or all');
    const category = values.category === undefined ? undefined : CategorySlug.safeParse(values.category);
    if (category && !category.success)
      throw new UsageError('--category must be a category slug such as "system-design"');
    const services = await openCliServices(io);
    try {
      const view = await leaderboardFor(services).get({ period: period.data, category: category?.data, refresh: true });
      if (view.problem !== null) io.stderr(`coach leaderboard: ${view.message ?? view.problem}\n`);
      if (view.board === null) return view.problem === 'offline' || view.problem === 'error' ? SERVICE_UNREACHABLE : 1;
      if (values.json) {
        io.stdout(`${JSON.stringify({ ...view.board, source: view.source, asOf: view.asOf })}\n`);
      } else {
        const lines = view.board.entries.map(
          (e) =>
            `${String(e.rank).padStart(4)}  ${e.displayName.padEnd(30)} ${String(e.points).padStart(7)} pts  ${e.attempts} answers${e.isMe ? '  ← you' : ''}`,
        );
        const me = view.board.me;
        io.stdout(
          [
            `Leaderboard: ${period.data === 'week' ? 'this week' : 'all time'}${view.board.category ? `, ${view.board.category}` : ''}${view.source === 'cache' ? ` (as of ${view.asOf})` : ''}`,
            ...(lines.length ? lines : ['  Nobody is on this board yet.']),
            ...(me
              ? [
                  `You: rank ${me.rank}, ${me.points} pts over ${me.attempts} answers${me.listed ? '' : ' (not shown to others)'}`,
                ]
              : []),
            '',
          ].join('\n'),
        );
      }
      return view.problem === null ? 0 : SERVICE_UNREACHABLE;
    } finally {
      await services.close();
    }
  },
};
