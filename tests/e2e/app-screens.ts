import type { Page } from '@playwright/test';
import { NAV_ITEMS } from '../../renderer/src/app/screen-registry';
import { loadSampleData } from '../../electron/main/sample/sample-data';
import { expect, type HostedApp } from './fixtures';

/**
 * Every screen a user can reach: each navigation entry (so screens added to the registry are
 * covered without editing this list) and the states inside screens that look different.
 */
export function appScreens(questionId: string): Array<{ name: string; route: string }> {
  return [
    ...NAV_ITEMS.map((item) => ({ name: item.id, route: item.id })),
    { name: 'practice-answer', route: `practice?q=${questionId}` },
    { name: 'reports-history', route: 'reports?tab=history&period=all' },
  ];
}

/** A small sample history (graded for real), so charts, plans and lists have something to show. */
export async function withSampleHistory(app: HostedApp): Promise<string> {
  await loadSampleData(
    { db: app.services.db, sqlite: app.services.database.sqlite },
    { attempts: 40, now: app.services.now(), seed: 7, sliceMs: Number.POSITIVE_INFINITY },
  );
  const question = await app.services.db
    .selectFrom('questions')
    .select('id')
    .where('category', '=', 'teamwork')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return question.id;
}

/** Opens a screen and waits for it to settle (no "Loading…" left, charts measured). */
export async function openScreen(page: Page, app: HostedApp, route: string): Promise<void> {
  await app.open(route);
  await expect(page.locator('main .screen').first()).toBeVisible();
  await expect(page.locator('main .loading')).toHaveCount(0, { timeout: 20_000 });
  await page.waitForTimeout(250);
}

export async function setTheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
}
