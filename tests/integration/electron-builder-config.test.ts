import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const projectDir = path.resolve(import.meta.dirname, '../..');

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own configuration validation', async () => {
    const config = await getConfig(projectDir, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('describes the installers, fuses and native-module handling we ship', async () => {
    const config = await getConfig(projectDir, null, null);
    expect(config.appId).toBe('app.intervyou.desktop');
    expect(config.productName).toBe('IntervYou');
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/ffmpeg-static/**', '**/*.node']));
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(JSON.stringify(config.win?.target)).toContain('nsis');
    expect(JSON.stringify(config.win?.target)).toMatch(/x64.*arm64/);
    expect(JSON.stringify(config.mac?.target)).toMatch(/dmg.*x64.*arm64/);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.extendInfo).toMatchObject({
      NSCameraUsageDescription: expect.stringMatching(/camera/i),
      NSMicrophoneUsageDescription: expect.stringMatching(/microphone/i),
    });
    expect(JSON.stringify(config.linux?.target)).toMatch(/AppImage.*deb/);
  });

  it('rejects a broken configuration (the validation is real)', async () => {
    const config = await getConfig(projectDir, null, null);
    const broken = { ...config, mac: { ...config.mac, hardenedRuntime: 'yes please' } } as unknown as typeof config;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/hardenedRuntime/);
  });
});
