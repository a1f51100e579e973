import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleAutoChecks } from '../../../electron/main/updates/auto-check-schedule';
import { updateErrorMessage } from '../../../electron/main/updates/update-errors';
import { updateSupport } from '../../../electron/main/updates/update-support';

describe('which runs look for updates', () => {
  const installed = { isPackaged: true, smokeTest: false, platform: 'win32' as const };

  it('installed apps do; development builds and smoke tests never do', () => {
    expect(updateSupport(installed)).toEqual({ supported: true });
    expect(updateSupport({ ...installed, platform: 'darwin' })).toEqual({ supported: true });
    expect(updateSupport({ ...installed, isPackaged: false })).toMatchObject({
      supported: false,
      reason: expect.stringMatching(/development build/),
    });
    expect(updateSupport({ ...installed, smokeTest: true })).toMatchObject({ supported: false });
  });

  it('on Linux, only the AppImage and the deb can update themselves', () => {
    const linux = { ...installed, platform: 'linux' as const };
    expect(updateSupport({ ...linux, linuxInstall: 'appimage' })).toEqual({ supported: true });
    expect(updateSupport({ ...linux, linuxInstall: 'deb' })).toEqual({ supported: true });
    expect(updateSupport({ ...linux, linuxInstall: null })).toMatchObject({
      supported: false,
      reason: expect.stringMatching(/AppImage or the \.deb/),
    });
  });
});

describe('automatic checks', () => {
  afterEach(() => vi.useRealTimers());

  it('wait for start-up, repeat on the interval, follow the setting at each tick and stop on quit', async () => {
    vi.useFakeTimers();
    let enabled = true;
    const check = vi.fn(async () => undefined);
    const stop = scheduleAutoChecks({ check, enabled: () => enabled, firstDelayMs: 1_000, intervalMs: 60_000 });

    await vi.advanceTimersByTimeAsync(999);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(check).toHaveBeenCalledTimes(2);

    enabled = false;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(check).toHaveBeenCalledTimes(2);
    enabled = true;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(check).toHaveBeenCalledTimes(3);

    stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('go on after a failed check', async () => {
    vi.useFakeTimers();
    const check = vi.fn(async () => {
      throw new Error('offline');
    });
    const stop = scheduleAutoChecks({ check, enabled: () => true, firstDelayMs: 10, intervalMs: 100 });
    await vi.advanceTimersByTimeAsync(210);
    expect(check).toHaveBeenCalledTimes(3);
    stop();
  });
});

describe('update errors, in words a user can act on', () => {
  it.each([
    [Object.assign(new Error('getaddrinfo ENOTFOUND github.com'), { code: 'ENOTFOUND' }), /Could not reach/],
    [new Error('net::ERR_INTERNET_DISCONNECTED'), /Could not reach/],
    [Object.assign(new Error('x'), { code: 'ERR_UPDATER_NO_PUBLISHED_VERSIONS' }), /No published release/],
    [
      Object.assign(new Error('Cannot parse update info'), { code: 'ERR_UPDATER_INVALID_UPDATE_INFO' }),
      /could not be read/,
    ],
    [new Error('sha512 checksum mismatch, expected a, got b'), /damaged/],
    [new Error('something odd\nstack line'), /^The update check failed: something odd$/],
  ])('%s', (error, expected) => {
    expect(updateErrorMessage(error)).toMatch(expected);
  });
});
