import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/ipc/contract';
import { SettingsPatch } from '../../shared/settings/settings-schema';
import { createDispatcher } from '../../electron/main/ipc/dispatcher';
import { createHandlers } from '../../electron/main/ipc/registry';
import type { MainServices } from '../../electron/main/services';
import { openConfSettings } from '../../electron/main/settings/conf-settings';
import { attemptRow, insertAttempts } from '../helpers/attempts';
import { makeTempDir } from '../helpers/temp-dir';
import { startTestServices } from '../helpers/test-services';

describe('settings store (Conf backend, same file as electron-store)', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('starts from defaults and persists updates across reopen', () => {
    const first = openConfSettings(dir.path);
    expect(first.get().theme).toBe('system');
    first.update({ theme: 'dark', devices: { microphoneId: 'mic-1' } });
    const again = openConfSettings(dir.path);
    expect(again.get()).toMatchObject({ theme: 'dark', devices: { microphoneId: 'mic-1', cameraId: null } });
    expect(again.path).toBe(path.join(dir.path, 'settings.json'));
  });

  it('survives a corrupt settings file by starting from defaults', () => {
    writeFileSync(path.join(dir.path, 'settings.json'), '{ this is not json');
    expect(openConfSettings(dir.path).get().theme).toBe('system');
  });

  it('ignores values of the wrong shape written by hand', () => {
    writeFileSync(path.join(dir.path, 'settings.json'), JSON.stringify({ theme: 'neon' }));
    expect(openConfSettings(dir.path).get().theme).toBe('system');
  });
  it('accepts an account-service address only over https, or plain http to this computer', () => {
    const store = openConfSettings(dir.path);
    for (const bad of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'http://169.254.169.254/latest',
      'http://accounts.example.com',
      'https://user:secret@accounts.example.com',
    ]) {
      const patch = SettingsPatch.safeParse({ sync: { serverUrl: bad } });
      expect(patch.success, bad).toBe(false);
    }
    for (const good of ['https://accounts.example.com', 'http://127.0.0.1:8787', 'http://localhost:8787']) {
      const patch = SettingsPatch.parse({ sync: { serverUrl: good } });
      expect(store.update(patch).sync.serverUrl).toBe(good);
    }
    // An address written by hand that is no longer acceptable reads as none; the rest is kept.
    writeFileSync(
      path.join(dir.path, 'settings.json'),
      JSON.stringify({ theme: 'dark', sync: { serverUrl: 'javascript:alert(1)' } }),
    );
    expect(openConfSettings(dir.path).get()).toMatchObject({ theme: 'dark', sync: { serverUrl: null } });
  });
});

describe('reset local data', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let services: MainServices;
  beforeEach(async () => {
    dir = makeTempDir();
    services = await startTestServices(dir.path);
  });
  afterEach(async () => {
    await services.close();
    dir.remove();
  });

  it('does nothing without the typed confirmation', async () => {
    await insertAttempts(services.db, [attemptRow()]);
    const dispatcher = createDispatcher({ contract, handlers: createHandlers(services), trustedOrigins: ['test'] });
    for (const input of [{}, { confirm: 'reset' }, { confirm: 'yes' }]) {
      expect(await dispatcher.dispatch('data:reset', input, { origin: 'test' })).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT' },
      });
    }
    expect(await services.db.selectFrom('attempts').select('id').execute()).toHaveLength(1);
  });

  it('removes attempts and recording files, keeps settings, and tells the renderer', async () => {
    services.settings.update({ theme: 'light' });
    await insertAttempts(services.db, [attemptRow(), attemptRow()]);
    const now = new Date().toISOString();
    await services.db
      .insertInto('recordings')
      .values({
        id: 'r1',
        attempt_id: null,
        status: 'ready',
        mode: 'audio',
        mime_type: 'audio/webm',
        file_name: 'r1.webm',
        duration_sec: 3,
        analysis: null,
        error: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const file = path.join(services.paths.recordings, 'r1.webm');
    writeFileSync(file, 'webm bytes');
    const peaks = path.join(services.paths.recordings, 'r1.peaks.json');
    writeFileSync(peaks, '[]');
    const seen: string[] = [];
    services.events.subscribe((name) => seen.push(name));

    const result = await createHandlers(services)['data:reset']({ confirm: 'RESET' }, { origin: 'test' });

    expect(result).toEqual({ removedAttempts: 2, removedRecordings: 1 });
    expect(existsSync(file)).toBe(false);
    expect(existsSync(peaks)).toBe(false);
    expect(await services.db.selectFrom('attempts').select('id').execute()).toEqual([]);
    expect(services.settings.get().theme).toBe('light');
    expect(seen).toContain('data:changed');
  });
});
