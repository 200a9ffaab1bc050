/**
 * Headers that confine every answer, the app's files and the API's alike: a strict
 * Content-Security-Policy (frame-ancestors from the configuration), nosniff, a same-origin
 * referrer, and no caching of API answers.
 */
import { isApiPath } from '../envelope';
import { appWide } from './context';

/** Sources allowed in frame-ancestors: keywords, schemes, or host sources; never `;` or `,`. */
const FRAME_ANCESTOR_SOURCE =
  /^(?:'self'|'none'|[a-z][a-z0-9+.-]*:|(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::(?:\d{1,5}|\*))?(?:\/[^\s;,']*)?|\*)$/i;

export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  for (const source of frameAncestors) {
    if (!FRAME_ANCESTOR_SOURCE.test(source)) {
      throw new Error(`Invalid frame-ancestors source "${source}": expected a host such as https://bi.example.com`);
    }
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    // MUI/emotion inject <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-ancestors ${["'self'", ...frameAncestors.filter((s) => s !== "'self'")].join(' ')}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

export const securityHeadersPlugin = appWide(async (app, { context }) => {
  const { csp } = context.settings;
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('Content-Security-Policy', csp);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    if (isApiPath(request.url)) reply.header('Cache-Control', 'no-store');
    return payload;
  });
}, 'datafor-security-headers');
