import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The staff SPA: sources in src/web, output in dist/web (served by the edge). In development
 * `npx vite` proxies the API to a running edge (CODEXK8S_EDGE_URL, default the edge's default port).
 */
export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Vite's modulepreload polyfill is an inline-free module; nothing here needs eval, so the edge's CSP holds.
    sourcemap: false,
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks keep them cached across deploys.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 30,
            },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine|@floating-ui|react-transition-group|react-remove-scroll|react-number-format|react-textarea-autosize|clsx|tabbable|use-sidecar|get-nonce|react-style-singleton)/,
              priority: 20,
            },
            { name: 'data', test: /node_modules[\\/](@tanstack|@trpc|i18next|react-i18next)/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': process.env.CODEXK8S_EDGE_URL ?? 'http://127.0.0.1:8080' },
  },
});
