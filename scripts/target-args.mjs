// The command line every per-target script takes: [--platform linux|darwin|win32] [--arch x64|arm64]
// [--force], defaulting to this machine.
import { parseArgs } from 'node:util';

/** @returns {{ platform: string, arch: string, force: boolean }} */
export function targetArgs(args = process.argv.slice(2)) {
  const { values } = parseArgs({
    args,
    options: {
      arch: { type: 'string', default: process.arch },
      platform: { type: 'string', default: process.platform },
      force: { type: 'boolean', default: false },
    },
  });
  return { platform: String(values.platform), arch: String(values.arch), force: Boolean(values.force) };
}
