import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticFile } from '../../electron/main/static-files';

const root = path.resolve('/srv/renderer');

describe('resolveStaticFile', () => {
  it('maps asset paths inside the root', () => {
    expect(resolveStaticFile(root, '/assets/index.js')).toBe(path.join(root, 'assets/index.js'));
  });

  it('serves index.html for the root and for extension-less routes', () => {
    expect(resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/settings')).toBe(path.join(root, 'index.html'));
  });

  it('refuses paths that escape the root, encoded or not', () => {
    expect(resolveStaticFile(root, '/../secret.txt')).toBeNull();
    expect(resolveStaticFile(root, '/%2e%2e/%2e%2e/etc/passwd.txt')).toBeNull();
    expect(resolveStaticFile(root, '/assets/%00.js')).toBeNull();
    expect(resolveStaticFile(root, '/%E0%A4%A.js')).toBeNull();
  });

  it('knows the content types the renderer needs', () => {
    expect(contentTypeFor('a.js')).toMatch(/javascript/);
    expect(contentTypeFor('a.wasm')).toBe('application/wasm');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
