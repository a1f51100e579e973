import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl, originOf } from '../../../electron/main/security/app-origin';
import { contentSecurityPolicy } from '../../../electron/main/security/csp';
import { createSecurityPolicy, isSafeExternalUrl } from '../../../electron/main/security/policies';

const policy = createSecurityPolicy([APP_ORIGIN]);

describe('app origin', () => {
  it('recognises app://intervyou pages and nothing else', () => {
    expect(originOf('app://intervyou/index.html#/settings')).toBe('app://intervyou');
    expect(isAppUrl('app://intervyou/index.html')).toBe(true);
    expect(isAppUrl('app://intervyou.evil.com/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://intervyou')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('navigation policy', () => {
  it('allows moving inside the app', () => {
    expect(policy.shouldAllowNavigation('app://intervyou/index.html#/dashboard')).toBe(true);
  });

  it('denies navigation to the web, files and other schemes', () => {
    for (const url of [
      'https://example.com',
      'http://127.0.0.1:8080/',
      'file:///C:/Windows',
      'javascript:alert(1)',
      'data:text/html,hi',
    ]) {
      expect(policy.shouldAllowNavigation(url)).toBe(false);
    }
  });
});

describe('permission policy', () => {
  it('grants camera and microphone only to the app origin', () => {
    expect(policy.shouldGrantPermission('media', 'app://intervyou/index.html')).toBe(true);
    expect(policy.shouldGrantPermission('media', 'https://example.com/')).toBe(false);
    expect(policy.shouldGrantPermission('media', undefined)).toBe(false);
  });

  it('never grants permissions the app does not use', () => {
    for (const permission of ['geolocation', 'notifications', 'openExternal', 'midiSysex', 'hid']) {
      expect(policy.shouldGrantPermission(permission, 'app://intervyou/index.html')).toBe(false);
    }
  });
});

describe('external links', () => {
  it('only https links to the sites the app links to go to the system browser', () => {
    expect(isSafeExternalUrl('https://github.com/intervyou/intervyou-desktop/releases')).toBe(true);
    expect(isSafeExternalUrl('https://platform.openai.com/api-keys')).toBe(true);
    expect(isSafeExternalUrl('https://phishing.example/login')).toBe(false);
    expect(isSafeExternalUrl('https://github.com.evil.example/')).toBe(false);
    expect(isSafeExternalUrl('https://user:pass@github.com/')).toBe(false);
    expect(isSafeExternalUrl('http://github.com/')).toBe(false);
    expect(isSafeExternalUrl('http://example.com/')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('smb://share/x')).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it('allows no remote or inline script and no plugins', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("default-src 'self'");
  });
});
