import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, build, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { chineseChunk } from './src/i18n/chinese-chunk-plugin.ts';

/**
 * `npm run dev` proxies the API: to the local server (server/main.ts, port 8080) by default,
 * or to a real Datafor with DATAFOR_URL=https://host:28080/datafor. Cookies and the
 * Authorization header pass through unchanged; the session cookie's Path (/datafor) and
 * Domain are rewritten so the browser sends it back to the dev server.
 */
const dataforUrl = process.env.DATAFOR_URL ? new URL(process.env.DATAFOR_URL) : new URL('http://127.0.0.1:8080');
const contextPath = dataforUrl.pathname.replace(/\/+$/, '');

const apiProxy: ProxyOptions = {
  target: dataforUrl.origin,
  changeOrigin: true,
  secure: process.env.DATAFOR_INSECURE_TLS !== '1',
  rewrite: (path) => contextPath + path,
  cookiePathRewrite: contextPath ? { [contextPath]: '/', [`${contextPath}/`]: '/' } : undefined,
  cookieDomainRewrite: '',
  // To the browser the dev server and the API are one origin; the API refuses sign-ins and
  // saves from other origins (CSRF), so it must see the origin it is reached at, as behind
  // any reverse proxy.
  configure: (proxy) => {
    proxy.on('proxyReq', (proxyRequest) => {
      if (proxyRequest.getHeader('origin')) proxyRequest.setHeader('origin', dataforUrl.origin);
      proxyRequest.removeHeader('referer');
    });
  },
};

const base = process.env.VITE_BASE ?? '/';
const sourceRoot = fileURLToPath(new URL('./src', import.meta.url));

/**
 * `mountConnectionEditor` ships as its own ES module (dist/embed/), built right after the
 * page so that `npm run build` produces both. It carries React, MUI and its styles inside:
 * a host page needs nothing else.
 */
function embedBundle(): Plugin {
  let pageOutDir = 'dist';
  return {
    name: 'datafor-embed-bundle',
    apply: 'build',
    configResolved(config) {
      // `vite build --outDir elsewhere` must not overwrite the embed bundle of dist/.
      pageOutDir = config.build.outDir;
    },
    async closeBundle() {
      if (process.env.DATAFOR_EMBED_BUILD) return;
      process.env.DATAFOR_EMBED_BUILD = '1';
      try {
        await build({
          configFile: false,
          plugins: [react(), chineseChunk(sourceRoot)],
          base,
          publicDir: false,
          logLevel: 'warn',
          define: { 'process.env.NODE_ENV': JSON.stringify('production') },
          build: {
            outDir: `${pageOutDir}/embed`,
            emptyOutDir: true,
            sourcemap: true,
            // Library builds are not minified by default; this one is shipped to browsers as is.
            minify: true,
            lib: {
              entry: 'src/embed.tsx',
              formats: ['es'],
              fileName: () => 'datafor-connection-editor.js',
            },
          },
        });
        // Types for TypeScript hosts, from the very file the module is compiled against.
        const api = readFileSync('src/embed-api.ts', 'utf8');
        writeFileSync(
          `${pageOutDir}/embed/datafor-connection-editor.d.ts`,
          `${api}\nexport declare function mountConnectionEditor(element: HTMLElement, options: MountOptions): Unmount;\n`,
        );
      } finally {
        delete process.env.DATAFOR_EMBED_BUILD;
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), chineseChunk(sourceRoot), embedBundle()],
  base,
  server: {
    proxy: { '/plugin': apiProxy, '/api': apiProxy },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Everything the page imports statically is loaded at once anyway: one file compresses
        // better than the five shared chunks rolldown would otherwise cut it into (issue 10.7:
        // 4 KB gzip less). Code only the lazy parts use still goes to chunks of their own.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
});
