import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';

export interface RotatingLog {
  /** The file being written now (what a user is pointed at). */
  readonly file: string;
  write(level: 'info' | 'warn' | 'error', args: readonly unknown[]): void;
}

export interface RotatingLogOptions {
  dir: string;
  name?: string;
  /** Rotate before a write that finds the file at least this big. */
  maxBytes?: number;
  /** Rotated files kept besides the current one: main.1.log (newest) … main.<keep>.log. */
  keep?: number;
  now?: () => Date;
}

/**
 * A plain-text log in the data folder, rotated by size so it never grows without bound. Writes are
 * synchronous: the main process logs rarely, and a line written just before a crash must be on disk.
 */
export function openRotatingLog(options: RotatingLogOptions): RotatingLog {
  const name = options.name ?? 'main';
  const maxBytes = options.maxBytes ?? 1_000_000;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dir, { recursive: true });
  const file = path.join(options.dir, `${name}.log`);
  const rotated = (n: number) => path.join(options.dir, `${name}.${n}.log`);

  const rotateIfFull = (): void => {
    if (!existsSync(file) || statSync(file).size < maxBytes) return;
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n -= 1) if (existsSync(rotated(n))) renameSync(rotated(n), rotated(n + 1));
    renameSync(file, rotated(1));
  };

  return {
    file,
    write(level, args) {
      try {
        rotateIfFull();
        appendFileSync(file, `${now().toISOString()} ${level.toUpperCase()} ${format(...args)}\n`);
      } catch {
        // Logging must never take the app down (a full disk, a folder removed under us).
      }
    },
  };
}

/** Copies console.info/log/warn/error into the log as well as the terminal. */
export function teeConsoleTo(log: RotatingLog): void {
  const methods = [
    ['log', 'info'],
    ['info', 'info'],
    ['warn', 'warn'],
    ['error', 'error'],
  ] as const;
  for (const [method, level] of methods) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      log.write(level, args);
      original(...args);
    };
  }
}

/** The main process's log in the data folder's logs/, or in the temp folder when that cannot be created. */
export function openMainLog(logsDir: string, fallbackDir: string): RotatingLog {
  try {
    return openRotatingLog({ dir: logsDir });
  } catch {
    return openRotatingLog({ dir: fallbackDir });
  }
}
