import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The local API (server/main.ts) listens on 8080 by default; `npm run dev` proxies to it.
const apiTarget = process.env.DATAFOR_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  base: process.env.VITE_BASE ?? '/',
  server: {
    proxy: {
      '/plugin': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
  },
});
