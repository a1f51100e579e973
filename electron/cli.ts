// The `coach` binary (npm run coach -- …). To use the CLI as a library, import runCli from
// ./cli/run-cli and pass your own CliIO.
import { runCli } from './cli/run-cli';

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
