import type { Page } from '@playwright/test';
import { NAV_ITEMS } from '../../renderer/src/app/screen-registry';
import { loadSampleData } from '../../electron/main/sample/sample-data';
import { expect, type HostedApp } from './fixtures';

/**
 * Every screen a user can reach: each navigation entry (so screens added to the registry are
 * covered without editing this list) and the states inside screens that look different.
 */
export function appScreens(sample: SampleHistory): Array<{ name: string; route: string }> {
  return [
    ...NAV_ITEMS.map((item) => ({ name: item.id, route: item.id })),
    { name: 'practice-answer', route: `practice?q=${sample.questionId}` },
    { name: 'practice-feedback', route: `practice?q=${sample.attempt.questionId}&attempt=${sample.attempt.id}` },
    { name: 'reports-history', route: 'reports?tab=history&period=all' },
    { name: 'reports-attempt', route: `reports?tab=history&period=all&attempt=${sample.attempt.id}` },
    ...(sample.mockId ? [{ name: 'mock-report', route: `mock-interview?report=${sample.mockId}` }] : []),
  ];
}

export interface SampleHistory {
  /** A question to answer. */
  questionId: string;
  /** A graded typed answer, to show its feedback. */
  attempt: { id: string; questionId: string };
  /** A finished mock interview, to show its report. */
  mockId: string | null;
}

/** A small sample history (graded for real), so charts, plans and lists have something to show. */
export async function withSampleHistory(app: HostedApp): Promise<SampleHistory> {
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
  const attempt = await app.services.db
    .selectFrom('attempts')
    .select(['id', 'question_id'])
    .where('mode', '=', 'text')
    .where('question_id', 'is not', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const mock = await app.services.db
    .selectFrom('sessions')
    .select('id')
    .where('kind', '=', 'mock')
    .where('status', '=', 'completed')
    .executeTakeFirst();
  return {
    questionId: question.id,
    attempt: { id: attempt.id, questionId: attempt.question_id ?? '' },
    mockId: mock?.id ?? null,
  };
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
