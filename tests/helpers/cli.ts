import { runCli } from '../../electron/cli/run-cli';

/** Runs the coach CLI in-process against a data folder and captures its output. */
export async function coach(
  args: string[],
  dataDir: string,
  cwd = process.cwd(),
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { ...process.env, INTERVYOU_DATA_DIR: dataDir },
    cwd,
  });
  return { code, stdout, stderr };
}
