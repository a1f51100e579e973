import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer. Built to dist/renderer and served from app://intervyou/ in Electron, or by the
 * loopback browser host. In `npm run dev:web`, /api is proxied to a running host.
 */
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
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
