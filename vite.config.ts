import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, build, type Plugin, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { chineseChunk } from './src/i18n/chinese-chunk-plugin.ts';
import { themeWithoutCssVariables } from './src/app/theme-without-css-variables-plugin.ts';

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
          plugins: [react(), chineseChunk(sourceRoot), themeWithoutCssVariables()],
          // Files the module loads itself (the list parser's worker, the Chinese strings) are
          // found beside it, wherever the host serves the embed folder.
          base: './',
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

const EARLY_REQUESTS = 'src/early-requests.ts';
/** The early script must stay small, or it no longer runs before the app's bundle has arrived. */
const EARLY_REQUESTS_MAX_BYTES = 4_000;

/**
 * src/early-requests.ts sends the page's first GETs and must run before the app's bundle has
 * arrived, so it is a chunk of its own whose script tag comes first in the page. Vite would
 * merge a second module script in index.html into the app's entry; here it is emitted as its
 * own entry instead, and the app imports that same chunk (main.tsx takes the responses), so it
 * runs once. `isEarlyModule` names the modules it is made of, for the chunk groups below: the
 * groups that cut the rest of the first load into two files must leave these out.
 */
function earlyRequestsScript(): Plugin & { isEarlyModule(id: string): boolean } {
  let building = false;
  const earlyModules = new Set<string>();
  return {
    name: 'datafor-early-requests',
    isEarlyModule: (id) => earlyModules.has(id),
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (building) this.emitFile({ type: 'chunk', id: resolve(EARLY_REQUESTS), name: 'early-requests' });
    },
    buildEnd() {
      // Everything the script imports, however deep: found here, so a new import stays in its chunk.
      const pending = [resolve(EARLY_REQUESTS)];
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (earlyModules.has(id)) continue;
        earlyModules.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        let src = `/${EARLY_REQUESTS}`;
        if (context.bundle) {
          // The chunk holding the module itself: as the app imports it too, the emitted entry
          // is only a one-line facade re-exporting it, which would cost the page a round trip.
          const chunk = Object.values(context.bundle).find(
            (output) => output.type === 'chunk' && output.moduleIds.includes(resolve(EARLY_REQUESTS)),
          );
          if (chunk?.type !== 'chunk') throw new Error(`${EARLY_REQUESTS} is missing from the bundle`);
          if (chunk.code.length > EARLY_REQUESTS_MAX_BYTES) {
            throw new Error(`the early-requests chunk is ${chunk.code.length} bytes (at most ${EARLY_REQUESTS_MAX_BYTES}): it must not pull in the app`);
          }
          src = `${base}${chunk.fileName}`;
        }
        return [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src }, injectTo: 'head-prepend' }];
      },
    },
  };
}

const earlyRequests = earlyRequestsScript();

export default defineConfig({
  plugins: [react(), chineseChunk(sourceRoot), themeWithoutCssVariables(), embedBundle(), earlyRequests],
  base,
  server: {
    proxy: { '/plugin': apiProxy, '/api': apiProxy },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // What the page imports statically is loaded at once anyway, as two files: the libraries
        // and the app. Not the five shared chunks rolldown would otherwise cut (issue 10.7: those
        // cost 4 KB gzip more). Not one: Chromium compiles each script on a background thread
        // while the page waits, and with two the form was ready ~30 ms sooner (paired medians of
        // 31 interleaved loads, issue 10). Three files, or two of even size (react-dom with the
        // app), were no better. Code only the lazy parts use still goes to chunks of their own.
        codeSplitting: {
          groups: [
            { name: 'early-requests', test: (id) => earlyRequests.isEarlyModule(id), priority: 2 },
            { name: 'libraries', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 1 },
            { name: 'app', tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
