import { UsageError } from '../cli-types';

/**
 * The password from standard input (`--password-stdin`), never from the command line where
 * `ps` and shell history would show it. One trailing newline (from echo or a file) is dropped.
 */
export async function passwordFromStdin(readStdin: (() => Promise<string>) | undefined): Promise<string> {
  if (!readStdin) throw new UsageError('--password-stdin needs standard input, which is not available here');
  const password = (await readStdin()).replace(/\r?\n$/, '');
  if (!password) throw new UsageError('No password on standard input (e.g. printf %s "$PASSWORD" | coach account …)');
  return password;
}
