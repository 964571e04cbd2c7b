import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { metaContentSecurityPolicy } from './shared/csp';

const root = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  version: string;
};

/** The same renderer as in Electron, served to a plain browser (where it uses the web platform). */
export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  resolve: { alias: { '@shared': resolve(root, 'shared') } },
  plugins: [
    react(),
    {
      // The built web app runs under the same CSP as the Electron app (dev needs inline scripts).
      name: 'sam-csp-meta',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: metaContentSecurityPolicy() },
          injectTo: 'head-prepend',
        },
      ],
    },
  ],
  define: { __APP_VERSION__: JSON.stringify(version) },
  // WEB_OUT_DIR lets parallel e2e runs (several worktrees or helpers) keep their builds apart.
  build: { outDir: resolve(root, process.env.WEB_OUT_DIR ?? 'dist-web'), emptyOutDir: true },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
