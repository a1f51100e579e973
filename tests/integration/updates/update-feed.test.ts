import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../../shared/updates/update-status';
import { createUpdateController } from '../../../electron/main/updates/update-controller';
import { FEED_OWNER as OWNER, FEED_REPO as REPO, realUpdater } from '../../helpers/real-updater';
import { channelFile, startReleaseFeed, type FakeRelease } from '../../helpers/release-feed-server';
import { makeTempDir } from '../../helpers/temp-dir';

describe('update decisions: electron-updater against a local GitHub Releases feed', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function checkAgainst(releases: FakeRelease[], currentVersion = '0.1.0') {
    const dir = makeTempDir('intervyou-updates-');
    const feed = await startReleaseFeed(OWNER, REPO, releases);
    cleanups.push(
      () => feed.close(),
      () => dir.remove(),
    );
    const statuses: UpdateStatus[] = [];
    const controller = createUpdateController({
      updater: realUpdater(dir.path, currentVersion, feed.host),
      onStatus: (status) => statuses.push(status),
      now: () => new Date('2026-12-07T10:00:00Z'),
    });
    const final = await controller.check();
    return { final, statuses, feed, controller };
  }

  it('offers a newer release, with its version', async () => {
    const { final, statuses } = await checkAgainst([{ tag: 'v0.2.0', channelFile: channelFile('0.2.0') }]);
    expect(statuses.map((s) => s.state)).toEqual(['checking', 'available']);
    expect(final).toMatchObject({
      state: 'available',
      availableVersion: '0.2.0',
      checkedAt: '2026-12-07T10:00:00.000Z',
    });
  });

  it('offers nothing for the same version or an older one (no downgrades)', async () => {
    const same = await checkAgainst([{ tag: 'v0.1.0', channelFile: channelFile('0.1.0') }]);
    expect(same.final).toMatchObject({ state: 'not-available', availableVersion: null });
    const older = await checkAgainst([{ tag: 'v0.0.9', channelFile: channelFile('0.0.9') }]);
    expect(older.final).toMatchObject({ state: 'not-available', availableVersion: null });
  });

  it('skips a newer prerelease for a stable install and takes the latest stable release', async () => {
    const { final, feed } = await checkAgainst([
      { tag: 'v0.3.0-beta.1', prerelease: true, channelFile: channelFile('0.3.0-beta.1') },
      { tag: 'v0.2.0', channelFile: channelFile('0.2.0') },
    ]);
    expect(final).toMatchObject({ state: 'available', availableVersion: '0.2.0' });
    expect(feed.requests.some((url) => url.includes('v0.3.0-beta.1'))).toBe(false);
  });

  it('honours a staged rollout: 0 % reaches nobody, 100 % everybody', async () => {
    const none = await checkAgainst([{ tag: 'v0.2.0', channelFile: channelFile('0.2.0', { stagingPercentage: 0 }) }]);
    expect(none.final.state).toBe('not-available');
    const all = await checkAgainst([{ tag: 'v0.2.0', channelFile: channelFile('0.2.0', { stagingPercentage: 100 }) }]);
    expect(all.final).toMatchObject({ state: 'available', availableVersion: '0.2.0' });
  });

  it('says the feed could not be read when the channel file is garbage', async () => {
    const { final } = await checkAgainst([{ tag: 'v0.2.0', channelFile: '{{{ this: is: not [ yaml' }]);
    expect(final).toMatchObject({ state: 'error', message: expect.stringMatching(/could not be read/) });
  });

  it('says a release without a channel file could not be used', async () => {
    const { final } = await checkAgainst([{ tag: 'v0.2.0' }]);
    expect(final).toMatchObject({ state: 'error', message: expect.stringMatching(/latest-linux\.yml/) });
  });

  it('says the server could not be reached when it is down, and a later check can succeed', async () => {
    const dir = makeTempDir('intervyou-updates-');
    cleanups.push(() => dir.remove());
    const feed = await startReleaseFeed(OWNER, REPO, [{ tag: 'v0.2.0', channelFile: channelFile('0.2.0') }]);
    const host = feed.host;
    await feed.close();
    const controller = createUpdateController({ updater: realUpdater(dir.path, '0.1.0', host) });
    expect(await controller.check()).toMatchObject({
      state: 'error',
      message: expect.stringMatching(/Could not reach the update server/),
    });
    expect(controller.install()).toBe(false);
  });

  /**
   * An installed AppImage 0.1.0 whose updater downloads what it finds (full downloads: there is no
   * real AppImage to diff against), against a feed offering v0.2.0 with this channel file and file.
   */
  async function installedAppImageUpdater(channel: string, appImage: Buffer) {
    const dir = makeTempDir('intervyou-updates-');
    const feed = await startReleaseFeed(OWNER, REPO, [{ tag: 'v0.2.0', channelFile: channel, appImage }]);
    const previousAppImage = process.env.APPIMAGE;
    process.env.APPIMAGE = path.join(dir.path, 'IntervYou.AppImage');
    writeFileSync(process.env.APPIMAGE, 'the installed version');
    cleanups.push(
      () => feed.close(),
      () => dir.remove(),
      () => {
        if (previousAppImage === undefined) delete process.env.APPIMAGE;
        else process.env.APPIMAGE = previousAppImage;
      },
    );
    const updater = realUpdater(dir.path, '0.1.0', feed.host);
    updater.autoDownload = true;
    updater.disableDifferentialDownload = true;
    return { updater, feed };
  }

  it('downloads a found update in the background, verifies it and waits for a restart to install it', async () => {
    const appImage = Buffer.alloc(256 * 1024, 42);
    const { updater, feed } = await installedAppImageUpdater(channelFile('0.2.0', {}, appImage), appImage);
    const statuses: UpdateStatus[] = [];
    const downloaded = new Promise<void>((resolve) => updater.on('update-downloaded', () => resolve()));
    const controller = createUpdateController({ updater, onStatus: (status) => statuses.push(status) });
    await controller.check();
    await downloaded;
    expect(controller.status()).toMatchObject({ state: 'downloaded', availableVersion: '0.2.0', percent: 100 });
    expect(statuses.map((s) => s.state)).toContain('available');
    // A check while an update waits to be installed keeps it rather than starting over.
    expect(await controller.check()).toMatchObject({ state: 'downloaded' });
    expect(feed.requests.filter((url) => url.endsWith('.AppImage'))).toHaveLength(1);
  });

  it('refuses a damaged download and says so', async () => {
    // The feed's checksum is of other bytes than the file it serves.
    const { updater } = await installedAppImageUpdater(
      channelFile('0.2.0', {}, Buffer.alloc(4096, 1)),
      Buffer.alloc(4096, 2),
    );
    const failed = new Promise<void>((resolve) => updater.on('error', () => resolve()));
    const controller = createUpdateController({ updater });
    await controller.check();
    await failed;
    expect(controller.status()).toMatchObject({
      state: 'error',
      availableVersion: '0.2.0',
      message: expect.stringMatching(/damaged/),
    });
    expect(controller.install()).toBe(false);
  });

  it('runs one check at a time: a second request joins the first', async () => {
    const dir = makeTempDir('intervyou-updates-');
    const feed = await startReleaseFeed(OWNER, REPO, [{ tag: 'v0.2.0', channelFile: channelFile('0.2.0') }]);
    cleanups.push(
      () => feed.close(),
      () => dir.remove(),
    );
    const controller = createUpdateController({ updater: realUpdater(dir.path, '0.1.0', feed.host) });
    const [first, second] = await Promise.all([controller.check(), controller.check()]);
    expect(first).toBe(second);
    expect(feed.requests.filter((url) => url.endsWith('latest-linux.yml'))).toHaveLength(1);
  });
});
