import path from 'node:path';

/** What the command line asks of this start (Electron passes its own switches too; others are ignored). */
export interface LaunchOptions {
  /** `--smoke-test <report.json>`: check the installed app end to end, write the report, exit. */
  smokeTestReport: string | null;
}

export const SMOKE_TEST_SWITCH = '--smoke-test';

export function parseLaunchOptions(argv: readonly string[], cwd: string = process.cwd()): LaunchOptions {
  let report: string | null = null;
  argv.forEach((arg, index) => {
    if (arg.startsWith(`${SMOKE_TEST_SWITCH}=`)) report = arg.slice(SMOKE_TEST_SWITCH.length + 1);
    else if (arg === SMOKE_TEST_SWITCH) report = argv[index + 1] ?? '';
  });
  if (report === null) return { smokeTestReport: null };
  const file: string = report;
  if (file.trim() === '' || file.startsWith('--')) {
    throw new Error(`${SMOKE_TEST_SWITCH} needs the path of the JSON report to write, e.g. ${SMOKE_TEST_SWITCH} report.json`);
  }
  return { smokeTestReport: path.resolve(cwd, file) };
}
