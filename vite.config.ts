import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { packagesInModuleIds } from './scripts/shipped-packages.mjs';

/** Records which npm packages the renderer bundle contains (dist/meta/), for the third-party notices. */
function shippedPackages(): Plugin {
  const ids = new Set<string>();
  return {
    name: 'intervyou-shipped-packages',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle))
        if (output.type === 'chunk') output.moduleIds.forEach((id) => ids.add(id));
    },
    writeBundle() {
      const meta = path.resolve(import.meta.dirname, 'dist', 'meta');
      mkdirSync(meta, { recursive: true });
      const packages = packagesInModuleIds([...ids], import.meta.dirname);
      writeFileSync(path.join(meta, 'renderer-packages.json'), `${JSON.stringify(packages, null, 2)}\n`);
    },
  };
}

/**
 * The renderer. Built to dist/renderer and served from app://intervyou/ in Electron, or by the
 * loopback browser host. In `npm run dev:web`, /api is proxied to a running host.
 */
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), shippedPackages()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: process.env.INTERVYOU_HOST_URL
      ? {
          '/api': { target: process.env.INTERVYOU_HOST_URL, changeOrigin: false },
          '/media': { target: process.env.INTERVYOU_HOST_URL },
        }
      : undefined,
  },
});
