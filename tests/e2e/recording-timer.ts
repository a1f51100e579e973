import { expect, type Page } from '@playwright/test';

/**
 * Waits until the recorder's clock ("REC m:ss / …") shows at least `seconds`. Polling can miss a
 * given second on a busy machine, so compare numbers rather than wait for an exact text.
 */
export async function waitForRecordedSeconds(page: Page, seconds: number, timeout = 30_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const text = (await page.getByTestId('recording-timer').textContent()) ?? '';
        const match = /REC (\d+):(\d{2})/.exec(text);
        return match ? Number(match[1]) * 60 + Number(match[2]) : -1;
      },
      { timeout, message: `the recorder's clock to reach ${seconds} s` },
    )
    .toBeGreaterThanOrEqual(seconds);
}
