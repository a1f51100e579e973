import { runCli } from '../../electron/cli/run-cli';

/** Runs the coach CLI in-process against a data folder and captures its output. */
export async function coach(
  args: string[],
  dataDir: string,
  cwd = process.cwd(),
  /** Standard input (e.g. a password for --password-stdin) and extra environment variables. */
  extra: { stdin?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { ...process.env, INTERVYOU_DATA_DIR: dataDir, ...extra.env },
    cwd,
    ...(extra.stdin !== undefined ? { readStdin: async () => extra.stdin ?? '' } : {}),
  });
  return { code, stdout, stderr };
}
