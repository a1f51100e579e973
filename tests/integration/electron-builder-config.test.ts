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
    // Nothing is unpacked from the asar: native addons and ffmpeg ship as per-target resources.
    expect(config.asarUnpack).toBeUndefined();
    expect(JSON.stringify(config.files)).toContain('"dist/**","package.json","!dist/**/*.map"');
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'native/electron/${platform}-${arch}', to: 'native' }),
        expect.objectContaining({ from: 'native/ffmpeg/${platform}-${arch}', to: 'ffmpeg' }),
        expect.objectContaining({ from: 'LICENSE', to: 'LICENSE.txt' }),
        expect.objectContaining({ to: 'THIRD_PARTY_NOTICES.txt' }),
      ]),
    );
    expect(config.beforePack).toBe('scripts/before-pack.cjs');
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      resetAdHocDarwinSignature: true,
    });
    // Windows on Arm runs the x64 build: there is no arm64 ffmpeg to ship.
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(JSON.stringify(config.mac?.target)).toMatch(/dmg.*x64.*arm64.*zip.*x64.*arm64/);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.notarize).toBe(true);
    expect(config.publish).toMatchObject({ provider: 'github' });
    expect(config.mac?.extendInfo).toMatchObject({
      NSCameraUsageDescription: expect.stringMatching(/camera/i),
      NSMicrophoneUsageDescription: expect.stringMatching(/microphone/i),
    });
    expect(JSON.stringify(config.linux?.target)).toMatch(/AppImage.*deb/);
    // electron-builder's default deb dependencies (xdg-utils, libsecret, AT-SPI …) are kept.
    expect(config.deb?.depends).toBeUndefined();
  });

  it('rejects a broken configuration (the validation is real)', async () => {
    const config = await getConfig(projectDir, null, null);
    const broken = { ...config, mac: { ...config.mac, hardenedRuntime: 'yes please' } } as unknown as typeof config;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/hardenedRuntime/);
  });
});
