import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL } from './helpers/databases';
import { client } from './helpers/http';

const SERVER = path.resolve(import.meta.dirname, '../../server');
/** A folder of its own under server/dist, so the bundle resolves server/node_modules as in production. */
const OUT = `dist/test-${randomBytes(4).toString('hex')}`;
const SERVICE_VARIABLES =
  /^(NODE_ENV|NODE_OPTIONS|PORT|HOST|PUBLIC_URL|DATABASE_|DATA_DIR|REDIS_|SMTP_URL|MAIL_FROM|OIDC_|CORS_ORIGINS|TOKEN_SECRET|ACCESS_TOKEN_|REFRESH_TOKEN_|ARGON2_|TRUST_PROXY|BODY_LIMIT|RATE_LIMIT_|LOG_LEVEL|DOCS_ENABLED|SIGN_IN_|TOKEN_VERSION_)/;

describe('production build: esbuild bundle run with plain node', () => {
  const schema = `srv_build_${randomBytes(4).toString('hex')}`;
  let dataDir: string;
  let child: ChildProcess | null = null;
  const output: string[] = [];

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'intervyou-server-build-'));
    execFileSync(process.execPath, ['scripts/build.mjs', OUT], { cwd: SERVER, stdio: 'pipe' });
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(path.join(SERVER, OUT), { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => admin.end());
  });

  it('bundles the TypeScript sources into one module that imports only packages and node built-ins', () => {
    const bundle = readFileSync(path.join(SERVER, OUT, 'main.mjs'), 'utf8');
    const specifiers = [...bundle.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1] ?? '');
    expect(specifiers.length).toBeGreaterThan(5);
    expect(specifiers.filter((s) => s.startsWith('.') || s.includes('tsx'))).toEqual([]);
    const dependencies = Object.keys(
      (JSON.parse(readFileSync(path.join(SERVER, 'package.json'), 'utf8')) as { dependencies: object }).dependencies,
    );
    // Everything it imports is a runtime dependency of the service (npm ci --omit=dev installs it).
    for (const specifier of specifiers.filter((s) => !s.startsWith('node:'))) {
      expect(dependencies.some((d) => specifier === d || specifier.startsWith(`${d}/`))).toBe(true);
    }
  });

  it('starts in production mode, answers /health and /ready, hides /docs, and stops on SIGTERM', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !SERVICE_VARIABLES.test(key)));
    child = spawn(process.execPath, [path.join(SERVER, OUT, 'main.mjs')], {
      cwd: dataDir,
      env: {
        ...env,
        NODE_ENV: 'production',
        PORT: '0',
        PUBLIC_URL: 'https://api.intervyou.example',
        DATABASE_URL: TEST_DATABASE_URL,
        DATABASE_SCHEMA: schema,
        TOKEN_SECRET: randomBytes(32).toString('hex'),
        DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const running = child;
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bundle did not start:\n${output.join('')}`)), 60_000);
      running.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      running.stdout?.on('data', (chunk: Buffer) => {
        output.push(chunk.toString());
        const address = /"address":"(http:\/\/[^"]+)"/.exec(output.join(''))?.[1];
        if (address) {
          clearTimeout(timer);
          resolve(address);
        }
      });
      running.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`bundle exited with ${code}:\n${output.join('')}`));
      });
    });

    const api = client(url);
    const health = await api.get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    expect((await api.get('/ready')).body).toEqual({ status: 'ready', database: 'ok', redis: 'not_configured' });
    expect((await api.get('/docs')).status).toBe(404);
    expect(output.join('')).toContain('"docs":"disabled"');

    const exited = new Promise<number | null>((resolve) => running.once('exit', (code) => resolve(code)));
    running.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90_000);

  // No Docker daemon here: the image and the compose file are checked for what they promise.
  it('has a Dockerfile that runs the bundle as a non-root user with a health check, and a compose file for two instances', () => {
    const dockerfile = readFileSync(path.join(SERVER, 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n.*\/health/m);
    expect(runtime).toMatch(/^CMD \["node", "server\/dist\/main\.mjs"\]$/m);
    expect(runtime).toMatch(/npm ci --omit=dev/);
    expect(runtime).not.toMatch(/tsx/);
    const lock = JSON.parse(readFileSync(path.join(SERVER, '../package-lock.json'), 'utf8')) as {
      packages: Record<string, { version: string }>;
    };
    expect(dockerfile).toContain(`esbuild@${lock.packages['node_modules/esbuild']?.version}`);

    const compose = readFileSync(path.join(SERVER, 'deploy/compose.yaml'), 'utf8');
    for (const service of ['postgres:', 'redis:', 'api-1:', 'api-2:', 'proxy:'])
      expect(compose).toContain(`  ${service}`);
    const nginx = readFileSync(path.join(SERVER, 'deploy/nginx.conf'), 'utf8');
    expect(nginx).toContain('server api-1:8787');
    expect(nginx).toContain('server api-2:8787');
  });
});
