import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config';

describe('configuration from the environment', () => {
  it('runs with no variables at all: port 8787 on loopback, PGlite in .data/server, mail to files', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8787);
    expect(config.host).toBe('127.0.0.1');
    expect(config.publicUrl).toBe('http://127.0.0.1:8787');
    expect(config.databaseUrl).toBeNull();
    expect(config.dataDir).toBe('.data/server');
    expect(config.redisUrl).toBeNull();
    expect(config.smtpUrl).toBeNull();
    expect(config.oidc).toBeNull();
    expect(config.corsOrigins).toEqual([]);
    expect(config.argon2).toEqual({ memoryKiB: 19_456, timeCost: 2, parallelism: 1 });
  });

  it('reads every documented variable', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      PUBLIC_URL: 'https://api.intervyou.example/',
      DATABASE_URL: 'postgres://app:pw@db:5432/intervyou',
      DATABASE_SCHEMA: 'accounts',
      DATA_DIR: '/var/lib/intervyou',
      REDIS_URL: 'redis://cache:6379',
      SMTP_URL: 'smtps://user:pw@smtp.example:465',
      OIDC_ISSUER: 'https://accounts.google.com',
      OIDC_CLIENT_ID: 'client',
      OIDC_CLIENT_SECRET: 'secret',
      CORS_ORIGINS: 'https://intervyou.example, https://admin.intervyou.example',
      TOKEN_SECRET: 'x'.repeat(40),
      TRUST_PROXY: '10.0.0.0/8,192.168.0.1',
      ARGON2_MEMORY_KIB: '65536',
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      publicUrl: 'https://api.intervyou.example',
      databaseUrl: 'postgres://app:pw@db:5432/intervyou',
      databaseSchema: 'accounts',
      dataDir: '/var/lib/intervyou',
      redisUrl: 'redis://cache:6379',
      smtpUrl: 'smtps://user:pw@smtp.example:465',
      oidc: { issuer: 'https://accounts.google.com', clientId: 'client', clientSecret: 'secret' },
      corsOrigins: ['https://intervyou.example', 'https://admin.intervyou.example'],
      tokenSecret: 'x'.repeat(40),
      trustProxy: ['10.0.0.0/8', '192.168.0.1'],
      argon2: { memoryKiB: 65_536, timeCost: 2, parallelism: 1 },
    });
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
  });

  it('refuses argon2 parameters below the OWASP minimum', () => {
    expect(() => loadConfig({ ARGON2_MEMORY_KIB: '8192' })).toThrow(ConfigError);
    expect(() => loadConfig({ ARGON2_TIME_COST: '1' })).toThrow(/ARGON2_TIME_COST/);
  });

  it('lists every problem at once, and demands a shared token secret in production', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'production' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL/);
    }
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://a.example' })).toThrow(/TOKEN_SECRET/);
    expect(() => loadConfig({ OIDC_CLIENT_ID: 'only-the-id' })).toThrow(/OIDC_CLIENT_SECRET/);
    expect(() => loadConfig({ TOKEN_SECRET: 'short' })).toThrow(/TOKEN_SECRET/);
  });

  it('serves /docs by default in development only; DOCS_ENABLED overrides either way', () => {
    const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://a.example', TOKEN_SECRET: 's'.repeat(40) };
    expect(loadConfig({}).docsEnabled).toBe(true);
    expect(loadConfig(production).docsEnabled).toBe(false);
    expect(loadConfig({ ...production, DOCS_ENABLED: 'true' }).docsEnabled).toBe(true);
    expect(loadConfig({ DOCS_ENABLED: 'false' }).docsEnabled).toBe(false);
  });
});
