import { describe, expect, it } from 'vitest';
import { locateFfmpeg, unpackedAsarPath } from '../../../electron/main/media/ffmpeg-locate';

const none = (): null => null;

describe('locateFfmpeg', () => {
  it('prefers FFMPEG_PATH, even over a working ffmpeg-static', () => {
    const found = locateFfmpeg({
      env: { FFMPEG_PATH: '/opt/ff/ffmpeg', PATH: '/usr/bin' },
      ffmpegStatic: () => '/app/node_modules/ffmpeg-static/ffmpeg',
      isExecutable: () => true,
    });
    expect(found).toEqual({ path: '/opt/ff/ffmpeg', source: 'FFMPEG_PATH' });
  });

  it('uses ffmpeg-static next, from app.asar.unpacked when the app is packaged', () => {
    const packaged = '/opt/IntervYou/resources/app.asar/node_modules/ffmpeg-static/ffmpeg';
    const unpacked = '/opt/IntervYou/resources/app.asar.unpacked/node_modules/ffmpeg-static/ffmpeg';
    const found = locateFfmpeg({
      env: { PATH: '/usr/bin' },
      ffmpegStatic: () => packaged,
      isExecutable: (f) => f === unpacked || f === '/usr/bin/ffmpeg',
    });
    expect(found).toEqual({ path: unpacked, source: 'ffmpeg-static' });
  });

  it('falls back to PATH when ffmpeg-static has no binary (its download is deferred)', () => {
    const found = locateFfmpeg({
      env: { PATH: '/nope:/usr/local/bin:/usr/bin' },
      ffmpegStatic: () => '/repo/node_modules/ffmpeg-static/ffmpeg',
      isExecutable: (f) => f === '/usr/bin/ffmpeg',
    });
    expect(found).toEqual({ path: '/usr/bin/ffmpeg', source: 'PATH' });
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

describe('unpackedAsarPath', () => {
  it('rewrites only the app.asar folder segment, on both separators', () => {
    expect(unpackedAsarPath('/r/app.asar/node_modules/x')).toBe('/r/app.asar.unpacked/node_modules/x');
    expect(unpackedAsarPath('C:\\r\\app.asar\\x.exe')).toBe('C:\\r\\app.asar.unpacked\\x.exe');
    expect(unpackedAsarPath('/r/app.asar.unpacked/x')).toBe('/r/app.asar.unpacked/x');
    expect(unpackedAsarPath('/repo/node_modules/ffmpeg-static/ffmpeg')).toBe('/repo/node_modules/ffmpeg-static/ffmpeg');
  });
});
