/** Where a command writes; tests pass buffers, the binary passes process streams. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** All of standard input, for secrets passed with --password-stdin; absent where there is none. */
  readStdin?: () => Promise<string>;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Resolves to the exit code. Throw UsageError for bad arguments (exit code 2). */
  run(args: string[], io: CliIO): Promise<number>;
}

/** Bad arguments: the CLI prints one line and exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
