import { describe, expect, it } from 'vitest';
import { bundledFfmpegPath, locateFfmpeg } from '../../../electron/main/media/ffmpeg-locate';

const none = (): null => null;

describe('locateFfmpeg', () => {
  it('in a packaged app uses only its own ffmpeg, ignoring FFMPEG_PATH and PATH', () => {
    const bundled = bundledFfmpegPath('/opt/IntervYou/resources', 'linux');
    expect(bundled).toBe('/opt/IntervYou/resources/ffmpeg/ffmpeg');
    const everywhere = () => true;
    expect(
      locateFfmpeg({ bundled, env: { FFMPEG_PATH: '/tmp/evil', PATH: '/usr/bin' }, isExecutable: everywhere }),
    ).toEqual({ path: bundled, source: 'bundled' });
    // A packaged app whose own copy is gone reports that rather than running something else.
    expect(
      locateFfmpeg({
        bundled,
        env: { FFMPEG_PATH: '/tmp/evil', PATH: '/usr/bin' },
        isExecutable: (f) => f !== bundled,
      }),
    ).toBeNull();
  });

  it('names ffmpeg.exe inside resources on Windows', () => {
    expect(bundledFfmpegPath('C:\\IntervYou\\resources', 'win32')).toMatch(/ffmpeg[\\/]ffmpeg\.exe$/);
  });

  it('prefers FFMPEG_PATH in development, even over a fetched copy and ffmpeg-static', () => {
    const found = locateFfmpeg({
      env: { FFMPEG_PATH: '/opt/ff/ffmpeg', PATH: '/usr/bin' },
      appPath: '/repo',
      ffmpegStatic: () => '/repo/node_modules/ffmpeg-static/ffmpeg',
      isExecutable: () => true,
    });
    expect(found).toEqual({ path: '/opt/ff/ffmpeg', source: 'FFMPEG_PATH' });
  });

  it('uses the copy fetched for this platform and architecture next', () => {
    const found = locateFfmpeg({
      env: { PATH: '/usr/bin' },
      appPath: '/repo',
      platform: 'darwin',
      arch: 'arm64',
      ffmpegStatic: () => '/repo/node_modules/ffmpeg-static/ffmpeg',
      isExecutable: () => true,
    });
    expect(found).toEqual({ path: '/repo/native/ffmpeg/darwin-arm64/ffmpeg', source: 'fetched' });
  });

  it('then ffmpeg-static, then PATH when ffmpeg-static has no binary (its download is deferred)', () => {
    expect(
      locateFfmpeg({
        env: { PATH: '/usr/bin' },
        ffmpegStatic: () => '/repo/node_modules/ffmpeg-static/ffmpeg',
        isExecutable: () => true,
      }),
    ).toEqual({ path: '/repo/node_modules/ffmpeg-static/ffmpeg', source: 'ffmpeg-static' });
    expect(
      locateFfmpeg({
        env: { PATH: '/nope:/usr/local/bin:/usr/bin' },
        ffmpegStatic: () => '/repo/node_modules/ffmpeg-static/ffmpeg',
        isExecutable: (f) => f === '/usr/bin/ffmpeg',
      }),
    ).toEqual({ path: '/usr/bin/ffmpeg', source: 'PATH' });
  });

  it('falls back to PATH when ffmpeg-static is not installed at all', () => {
    expect(
      locateFfmpeg({ env: { PATH: '/usr/bin' }, ffmpegStatic: none, isExecutable: (f) => f === '/usr/bin/ffmpeg' })
        ?.source,
    ).toBe('PATH');
  });

  it('looks for ffmpeg.exe on Windows PATHs', () => {
    const found = locateFfmpeg({
      env: { Path: 'C:\\ffmpeg\\bin' },
      ffmpegStatic: none,
      isExecutable: (f) => f.endsWith('ffmpeg.exe'),
      platform: 'win32',
    });
    expect(found?.path).toMatch(/ffmpeg\.exe$/);
  });

  it('returns null when there is no ffmpeg anywhere', () => {
    expect(locateFfmpeg({ env: { PATH: '/nowhere' }, ffmpegStatic: none, isExecutable: () => false })).toBeNull();
  });

  it('finds the real ffmpeg on this machine', () => {
    expect(locateFfmpeg({ env: { PATH: process.env.PATH } })).not.toBeNull();
  });
});
