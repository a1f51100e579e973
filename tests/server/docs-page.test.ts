import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser';
import { openPostgresTestDatabase, type TestDatabase } from './helpers/databases';
import { startTestApp, type TestApp } from './helpers/test-app';

describe('API documentation page', () => {
  let database: TestDatabase;
  let server: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    database = await openPostgresTestDatabase('docs');
    server = await startTestApp({ database });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.drop();
  });

  it('renders Swagger UI at /docs under its content security policy, listing the endpoints', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto(`${server.url}/docs`);
    await page.waitForSelector('text=IntervYou account service');
    await page.waitForSelector('[data-path="/v1/sync/attempts"]');
    expect(await page.locator('.opblock').count()).toBeGreaterThanOrEqual(17);
    expect(failed).toEqual([]);
    await page.close();
  });
});
