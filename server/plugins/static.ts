/**
 * The built app at `/`: hashed assets cached for good, index.html revalidated, client-side
 * routes answered with the app shell, and every other miss a plain 404 (a JSON 404 under
 * `/plugin/`). Source maps stay unserved unless development asks for them (DATAFOR_SOURCE_MAPS):
 * they would hand out the readable source of a deployed build.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import { failed, isApiPath } from '../envelope';
import { appWide } from './context';

export const staticPlugin = appWide(async (app, { context }) => {
  const { staticRoot, serveSourceMaps } = context.settings;
  const serveApp = staticRoot !== null && existsSync(resolve(staticRoot, 'index.html'));
  if (serveApp) {
    await app.register(fastifyStatic, {
      root: staticRoot,
      // Our own Cache-Control below, not the plugin's default `public, max-age=0`.
      cacheControl: false,
      allowedPath: (pathName) => serveSourceMaps || !pathName.endsWith('.map'),
      setHeaders(response, path) {
        // Hashed asset names may be cached for good; index.html must be revalidated to pick up new builds.
        response.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // Client-side routes get the app shell; a missing file (a path with an extension) stays a 404.
    const looksLikeFile = /\.[a-z0-9]+$/i.test(path);
    if (!isApiPath(request.url) && !looksLikeFile && (request.method === 'GET' || request.method === 'HEAD')) {
      if (serveApp) return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
      return reply.code(404).type('text/plain; charset=utf-8').send('The app is not built: run `npm run build`, then start the server again.\n');
    }
    if (!isApiPath(request.url)) return reply.code(404).type('text/plain; charset=utf-8').send(`Not found: ${path}\n`);
    return reply.code(404).send(failed('404', `no such endpoint: ${request.method} ${path}`));
  });
}, 'datafor-static');
