import type { CliIO } from './cli-types';
import { UsageError } from './cli-types';
import { COMMANDS } from './commands';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'IntervYou coach — practise and analyse from the command line.',
    '',
    'Usage: npm run coach -- <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Data folder: INTERVYOU_DATA_DIR (default ./.data).',
    '',
  ].join('\n');
}

/** Runs one CLI invocation and resolves to its exit code; usable as a library entry. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`Unknown command "${name}". Run "coach help" for the list.`);
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `coach ${command?.name ?? ''}: ${error.message}${command ? ` (usage: coach ${command.usage})` : ''}\n`.replace(
          'coach : ',
          'coach: ',
        ),
      );
      return 2;
    }
    io.stderr(`coach: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
