import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AuthSession } from '../../shared/sync/auth';

const ROOT = path.resolve(import.meta.dirname, '../..');
// tsx as a loader in the same process (not its CLI, which runs the service in a child that a
// SIGKILL would leave behind).
const TSX_LOADER = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const MAIN = path.join(ROOT, 'server/src/main.ts');
/** Every variable the service reads, removed so the child sees only what is given here. */
const SERVICE_VARIABLES =
  /^(NODE_ENV|PORT|HOST|PUBLIC_URL|DATABASE_|DATA_DIR|REDIS_|SMTP_URL|MAIL_FROM|OIDC_|CORS_ORIGINS|TOKEN_SECRET|ACCESS_TOKEN_|REFRESH_TOKEN_|ARGON2_|TRUST_PROXY|BODY_LIMIT|RATE_LIMIT_|LOG_LEVEL|DOCS_ENABLED|LEADERBOARD_)/;

export const TEST_PASSWORD = 'correct horse battery staple';

export interface AccountServiceProcess {
  url: string;
  dataDir: string;
  /** Ends the process: SIGKILL is a crash (nothing flushed), SIGTERM a clean stop. */
  stop(signal?: 'SIGKILL' | 'SIGTERM'): Promise<void>;
  /** Starts it again on the same port and data (accounts, sessions and attempts kept). */
  start(env?: Record<string, string>): Promise<void>;
  /** Registers a user as a person does (the code from the e-mail in DATA_DIR/mail). */
  register(label?: string): Promise<{ email: string; password: string; session: AuthSession }>;
  /** The latest code matching `pattern` in mail sent to `email`. */
  codeFor(email: string, pattern: RegExp): Promise<string>;
  close(): Promise<void>;
}

/**
 * The account service as deployed (`tsx server/src/main.ts`, embedded PGlite in its own data
 * folder, mail written as .eml files) in a child process, so a test can kill it mid-request.
 */
export async function startAccountServiceProcess(env: Record<string, string> = {}): Promise<AccountServiceProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'intervyou-account-service-'));
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !SERVICE_VARIABLES.test(key)));
  const fixed = {
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    TOKEN_SECRET: randomBytes(32).toString('hex'),
    RATE_LIMIT_GLOBAL_PER_MIN: '1000000',
    RATE_LIMIT_AUTH_PER_MIN: '1000000',
    RATE_LIMIT_EMAIL_PER_15_MIN: '1000000',
    RATE_LIMIT_RESET_PER_HOUR: '1000000',
    RATE_LIMIT_SYNC_PER_MIN: '1000000',
    LEADERBOARD_CACHE_MS: '0',
    ...env,
  };
  let child: ChildProcess | null = null;
  let port = '0';
  let url = '';

  async function start(extra: Record<string, string> = {}): Promise<void> {
    const proc = spawn(process.execPath, ['--import', TSX_LOADER, MAIN], {
      env: { ...base, ...fixed, ...extra, PORT: port },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    const output: string[] = [];
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`service did not start:\n${output.join('')}`)), 90_000);
      proc.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      proc.stdout?.on('data', (chunk: Buffer) => {
        output.push(chunk.toString());
        const ready = output
          .join('')
          .split('\n')
          .map((line) => {
            try {
              return JSON.parse(line) as { msg?: string; address?: string };
            } catch {
              return null;
            }
          })
          .find((entry) => entry?.msg === 'IntervYou account service ready');
        if (ready?.address) {
          clearTimeout(timer);
          resolve(ready.address);
        }
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`service exited with ${code}:\n${output.join('')}`));
      });
    });
    port = new URL(url).port;
  }

  async function stop(signal: 'SIGKILL' | 'SIGTERM' = 'SIGTERM'): Promise<void> {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill(signal);
    await exited;
  }

  const mailDir = path.join(dataDir, 'mail');
  async function codeFor(email: string, pattern: RegExp): Promise<string> {
    for (let i = 0; i < 300; i += 1) {
      const files = existsSync(mailDir)
        ? readdirSync(mailDir)
            .filter((f) => f.endsWith('.eml'))
            .sort()
        : [];
      const codes = files
        .map((f) => readFileSync(path.join(mailDir, f), 'utf8'))
        .filter((text) => text.includes(`To: ${email}`))
        .map((text) => pattern.exec(text)?.[1])
        .filter((code): code is string => code !== undefined);
      const latest = codes.at(-1);
      if (latest) return latest;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no mail to ${email} matching ${pattern}`);
  }

  const post = (route: string, body: unknown) =>
    fetch(`${url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  await start();
  return {
    get url() {
      return url;
    },
    dataDir,
    stop,
    start,
    codeFor,
    async register(label = 'sync') {
      const email = `${label}-${randomBytes(4).toString('hex')}@example.com`;
      const asked = await post('/v1/auth/register', { email, password: TEST_PASSWORD, displayName: `Tester ${label}` });
      if (asked.status !== 202) throw new Error(`register: ${asked.status} ${await asked.text()}`);
      const code = await codeFor(email, /confirmation code is: (\d+)/);
      const confirmed = await post('/v1/auth/register/confirm', { email, code });
      if (confirmed.status !== 201) throw new Error(`confirm: ${confirmed.status} ${await confirmed.text()}`);
      return { email, password: TEST_PASSWORD, session: AuthSession.parse(await confirmed.json()) };
    },
    async close() {
      await stop('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
