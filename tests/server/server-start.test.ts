import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthSession } from '../../shared/sync/auth';
import { client } from './helpers/http';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const MAIN = path.join(ROOT, 'server/src/main.ts');

/** Every variable the service reads, removed so the child sees none of the runner's settings. */
const SERVICE_VARIABLES =
  /^(NODE_ENV|PORT|HOST|PUBLIC_URL|DATABASE_|DATA_DIR|REDIS_|SMTP_URL|MAIL_FROM|OIDC_|CORS_ORIGINS|TOKEN_SECRET|ACCESS_TOKEN_|REFRESH_TOKEN_|ARGON2_|TRUST_PROXY|BODY_LIMIT|RATE_LIMIT_|LOG_LEVEL|DOCS_ENABLED)/;

interface Running {
  child: ChildProcess;
  url: string;
  output: string[];
}

/**
 * `npm run server` is `tsx server/src/main.ts`. Started here from an empty folder with no
 * configuration, except PORT=0 so it cannot collide with another run on 8787.
 */
async function startServer(cwd: string): Promise<Running> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !SERVICE_VARIABLES.test(key)));
  const child = spawn(process.execPath, [TSX, MAIN], {
    cwd,
    env: { ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('')}`)), 90_000);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
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
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output.join('')}`));
    });
  });
  return { child, url, output };
}

async function stop(running: Running): Promise<number | null> {
  if (running.child.exitCode !== null) return running.child.exitCode;
  const exited = new Promise<number | null>((resolve) => running.child.once('exit', (code) => resolve(code)));
  running.child.kill('SIGTERM');
  return exited;
}

describe('npm run server with no configuration', () => {
  let cwd: string;
  let first: Running | null = null;

  beforeAll(() => {
    cwd = mkdtempSync(path.join(tmpdir(), 'intervyou-server-start-'));
  });
  afterAll(async () => {
    if (first) await stop(first);
    rmSync(cwd, { recursive: true, force: true });
  });

  it('starts on embedded PGlite in .data/server and reports healthy and ready', async () => {
    first = await startServer(cwd);
    const api = client(first.url);
    expect((await api.get('/health')).body).toEqual({ status: 'ok' });
    expect((await api.get('/ready')).body).toEqual({ status: 'ready', database: 'ok', redis: 'not_configured' });
    expect(readdirSync(path.join(cwd, '.data/server'))).toEqual(expect.arrayContaining(['pglite', 'token-secret']));
    expect(first.output.join('')).toContain('"googleSignIn":"disabled"');
  }, 120_000);

  it('writes emails as .eml files in DATA_DIR/mail, good enough to register and reset a password from', async () => {
    if (!first) throw new Error('server not started');
    const api = client(first.url);
    const email = 'local-run@example.com';
    const mailDir = path.join(cwd, '.data/server/mail');
    /** The first code matching `pattern` in the mail folder (mail is sent after the response). */
    const codeInMail = async (pattern: RegExp) => {
      for (let i = 0; i < 300; i += 1) {
        const files = existsSync(mailDir)
          ? readdirSync(mailDir, { withFileTypes: true }).filter((f) => f.name.endsWith('.eml'))
          : [];
        for (const file of files) {
          const code = pattern.exec(readFileSync(path.join(mailDir, file.name), 'utf8'))?.[1];
          if (code) return code;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return undefined;
    };

    const asked = await api.post('/v1/auth/register', { email, password: 'first password 1', displayName: 'Local' });
    expect(asked.status).toBe(202);
    const confirmation = await codeInMail(/confirmation code is: (\d+)/);
    expect(confirmation).toMatch(/^\d{8}$/);
    expect((await api.post('/v1/auth/register/confirm', { email, code: confirmation })).status).toBe(201);

    expect((await api.post('/v1/auth/password-reset/request', { email })).status).toBe(202);
    const code = await codeInMail(/reset code is: (\d+)/);
    expect(code).toMatch(/^\d{8}$/);
    expect(first.output.join('')).not.toContain(code ?? 'no code');
    expect(
      (await api.post('/v1/auth/password-reset/confirm', { email, code, newPassword: 'second password 2' })).status,
    ).toBe(204);
    expect((await api.post('/v1/auth/login', { email, password: 'second password 2' })).status).toBe(200);
    // Generous: the embedded database shares two cores with every other suite.
  }, 120_000);

  it('shuts down cleanly on SIGTERM and keeps accounts and sessions across a restart', async () => {
    if (!first) throw new Error('server not started');
    const login = AuthSession.parse(
      (
        await client(first.url).post('/v1/auth/login', {
          email: 'local-run@example.com',
          password: 'second password 2',
        })
      ).body,
    );
    expect(await stop(first)).toBe(0);
    first = await startServer(cwd);
    const api = client(first.url);
    // Same generated token secret: the access token issued before the restart is still good.
    expect((await api.get('/v1/me', { token: login.accessToken })).status).toBe(200);
    expect((await api.post('/v1/auth/refresh', { refreshToken: login.refreshToken })).status).toBe(200);
  }, 120_000);
});
