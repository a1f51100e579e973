import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { MainServices } from '../../electron/main/services';
import { attemptRow, insertAttempts } from '../helpers/attempts';
import { invoker, valueOf } from '../helpers/invoke';
import { answerFixture, audioOnlyWebm, chunksOf } from '../helpers/media-fixtures';
import { recordFile } from '../helpers/media-services';
import { makeTempDir } from '../helpers/temp-dir';
import { startTestServices } from '../helpers/test-services';
import { expect, test } from './fixtures';

/** Screenshots to look at, outside the repository. */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/restore-${name}.png`, fullPage: false });
}

function answersTile(page: Page) {
  return page.locator('.stat-tile', { hasText: 'Answers' }).locator('.stat-value');
}

/** The old laptop: a named profile, three answers and a real recording, exported through profile:export. */
async function exportFromAnotherFolder(): Promise<{
  zip: string;
  recording: string;
  attemptIds: string[];
  done(): Promise<void>;
}> {
  const dir = makeTempDir('intervyou-e2e-source-');
  const source: MainServices = await startTestServices(dir.path);
  const invoke = invoker(source);
  valueOf(await invoke('profile:update', { displayName: 'Ada Lovelace', targetRole: null }));
  const recording = await recordFile(source, chunksOf(await audioOnlyWebm(await answerFixture())), 'audio');
  const attempts = [
    attemptRow({ category: 'teamwork', overall: 74 }),
    attemptRow({ category: 'leadership', overall: 81 }),
    attemptRow({ mode: 'audio', recording_id: recording, duration_sec: 14, overall: 66 }),
  ];
  await insertAttempts(source.db, attempts);
  const result = valueOf(await invoke('profile:export', {}));
  if (result.status !== 'saved') throw new Error('export cancelled');
  return {
    zip: result.path,
    recording,
    attemptIds: attempts.map((a) => a.id).sort(),
    done: async () => {
      await source.close();
      dir.remove();
    },
  };
}

test('Profile → Import from a backup: inspect, add to this history, then replace it after typing REPLACE', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  const source = await exportFromAnotherFolder();
  try {
    // The new laptop already has one answer of its own.
    await insertAttempts(app.services.db, [attemptRow({ category: 'conflict', overall: 58 })]);
    await app.open('profile');
    await expect(answersTile(page)).toHaveText('1');

    // The browser host has no open dialog: it takes the newest ZIP in the data folder's imports/.
    await page.getByRole('button', { name: 'Import from a backup…' }).click();
    await expect(page.getByText(/No export ZIP was found in .*imports/)).toBeVisible();
    copyFileSync(source.zip, path.join(app.services.paths.imports, path.basename(source.zip)));

    await page.getByRole('button', { name: 'Import from a backup…' }).click();
    const inspection = page.getByTestId('import-inspection');
    await expect(inspection).toContainText(path.basename(source.zip));
    await expect(inspection).toContainText('Holds 3 answers, 1 recording and your profile.');
    await expect(inspection).toContainText('IntervYou 0.0.0-test');
    await expect(page.getByRole('radio', { name: /Add to what is here/ })).toBeChecked();
    await page.getByTestId('import-inspection').scrollIntoViewIfNeeded();
    await page.emulateMedia({ colorScheme: 'light' });
    await shot(page, 'inspection-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await shot(page, 'inspection-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('button', { name: 'Add to my history' }).click();
    const result = page.getByTestId('import-result');
    await expect(result).toContainText('Imported 3 answers and 1 recording.');
    await expect(answersTile(page)).toHaveText('4');
    await expect(page.getByRole('heading', { name: 'Hello, Ada Lovelace' })).toBeVisible();
    await result.scrollIntoViewIfNeeded();
    await shot(page, 'merged-light');

    // The imported recording plays from this data folder, over the host's signed media URL.
    const view = valueOf(await invoker(app.services)('recording:get', { id: source.recording }));
    const media = await page.request.get(new URL(view.mediaUrl!, app.host.url).toString());
    expect(media.status()).toBe(200);
    expect(
      Buffer.from(await media.body()).equals(
        readFileSync(path.join(app.services.paths.recordings, `${source.recording}.webm`)),
      ),
    ).toBe(true);

    // Replace: the same file, after the typed confirmation.
    await page.getByRole('button', { name: 'Import from a backup…' }).click();
    await expect(page.getByTestId('import-inspection')).toContainText(
      'Already on this computer: 3 answers and 1 recording.',
    );
    await page.getByRole('radio', { name: /Replace everything here/ }).check();
    await page.getByRole('button', { name: 'Replace with this backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace your history with this backup?' });
    await expect(dialog).toContainText('A copy of the database is saved in backups/ first.');
    await expect(dialog.getByRole('button', { name: 'Replace everything' })).toBeDisabled();
    await page.setViewportSize({ width: 1024, height: 640 });
    await shot(page, 'replace-confirm-1024');
    await dialog.getByRole('textbox').fill('REPLACE');
    await dialog.getByRole('button', { name: 'Replace everything' }).click();
    await expect(result).toContainText('Imported 3 answers and 1 recording.');
    await expect(result).toContainText(/previous history is saved as intervyou-\d{8}T\d{6}Z-before-import\.sqlite/);
    await expect(answersTile(page)).toHaveText('3');
    const ids = await app.services.db.selectFrom('attempts').select('id').orderBy('id').execute();
    expect(ids.map((r) => r.id)).toEqual(source.attemptIds);
    await result.scrollIntoViewIfNeeded();
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, 'replaced-dark-1024');
  } finally {
    await source.done();
  }
});
