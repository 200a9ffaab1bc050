/**
 * Sign-in, in Datafor's documented ways (../shared/api/CONTRACT.md, "Users, permissions,
 * sign-in"): the login form and its JSESSIONID session, logout, and HTTP Basic on any request.
 * Sets `request.caller` for every API request. Guards around it:
 * - state-changing requests (and logout) a browser marks as cross-site are refused (cross-site.ts);
 * - failed sign-ins are limited per address and, more loosely and briefly, per user name, so one
 *   attacker cannot lock the real user out: the address is stopped long before the user is.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseBasicAuthorization, SESSION_COOKIE, type Caller } from '../auth';
import { crossSiteRefusal } from '../cross-site';
import { AUTH_PREFIX, failed, isApiPath, NOT_SIGNED_IN, PLATFORM_PREFIX, queryValue } from '../envelope';
import { appWide, type SignInLimits } from './context';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling; unset when the request carries no credentials (each endpoint answers its own way). */
    caller: Caller | undefined;
  }
}

const LOGOUT_PATH = `${AUTH_PREFIX}/logout`;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function changesState(request: FastifyRequest): boolean {
  return !SAFE_METHODS.has(request.method) || request.url.split('?')[0] === LOGOUT_PATH;
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The user name a sign-in attempt is for: from Basic credentials or the login form. */
function attemptedUser(request: FastifyRequest): string {
  const basic = parseBasicAuthorization(request.headers.authorization);
  if (basic) return basic.username;
  const body = request.body as Record<string, unknown> | undefined;
  return typeof body?.username === 'string' ? body.username : '';
}

interface SignInGuard {
  /** Seconds to wait before trying again, or undefined when this attempt may go ahead. */
  retryAfter(request: FastifyRequest): Promise<number | undefined>;
  recordFailure(request: FastifyRequest): Promise<void>;
}

function signInGuard(app: FastifyInstance, limits: SignInLimits): SignInGuard {
  // Counted per address by @fastify/rate-limit's own key (IPv6 by /64 subnet).
  const perAddress = app.createRateLimit({ max: limits.perAddress.max, timeWindow: limits.perAddress.windowMs });
  const perUser = app.createRateLimit({
    max: limits.perUser.max,
    timeWindow: limits.perUser.windowMs,
    keyGenerator: (request) => `user:${attemptedUser(request)}`,
  });
  return {
    async retryAfter(request) {
      let wait: number | undefined;
      for (const limiter of [perAddress, perUser]) {
        // A peek: only failures count, so the real user's successful sign-ins never use up a limit.
        const status = await limiter(request, { increment: false });
        if (!status.isAllowed && status.remaining === 0 && status.ttl > 0) wait = Math.max(wait ?? 0, status.ttlInSeconds);
      }
      return wait;
    },
    async recordFailure(request) {
      await perAddress(request);
      await perUser(request);
    },
  };
}

function tooManyAttempts(reply: FastifyReply, seconds: number): FastifyReply {
  return reply
    .code(429)
    .header('Retry-After', String(seconds))
    .send(failed('429', `too many failed sign-ins from this address or for this user: try again in ${seconds} s`));
}

export const authPlugin = appWide(async (app, { context }) => {
  const { authenticator, sessions, settings } = context;
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  const guard = signInGuard(app, settings.signInLimits);
  app.decorateRequest('caller', undefined);

  app.addHook('onRequest', async (request, reply) => {
    if (!isApiPath(request.url) || !changesState(request)) return;
    const refusal = crossSiteRefusal(
      {
        origin: header(request, 'origin'),
        secFetchSite: header(request, 'sec-fetch-site'),
        referer: header(request, 'referer'),
        // `request.host` follows X-Forwarded-Host only when the proxy is trusted.
        hosts: [header(request, 'host') ?? '', request.host],
      },
      settings.trustedOrigins,
    );
    if (refusal) return reply.code(403).send(failed('403', `CROSS_SITE_REQUEST_REFUSED: ${refusal}`));
  });

  // Who is calling. A wrong Basic password is a real 401 on every endpoint; no credentials at
  // all leaves `caller` unset and each endpoint answers in its own documented way.
  app.addHook('onRequest', async (request, reply) => {
    if (!isApiPath(request.url)) return;
    const basic = parseBasicAuthorization(request.headers.authorization);
    if (basic === null || basic) {
      const wait = await guard.retryAfter(request);
      if (wait !== undefined) return tooManyAttempts(reply, wait);
      const caller = basic ? await authenticator.checkCredentials(basic.username, basic.password) : undefined;
      if (!caller) {
        await guard.recordFailure(request);
        return reply
          .code(401)
          .header('WWW-Authenticate', 'Basic realm="Datafor"')
          .send(failed('401', basic ? 'wrong user name or password' : 'malformed Basic Authorization header'));
      }
      request.caller = caller;
      return;
    }
    const username = sessions.touch(request.cookies[SESSION_COOKIE]);
    if (username) request.caller = authenticator.userOf(username);
  });

  app.post(`${AUTH_PREFIX}/login`, async (request, reply) => {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const username = typeof body.username === 'string' ? body.username : '';
    const password = typeof body.password === 'string' ? body.password : '';
    if (!username || !password) return failed('400', 'user name and password are required');
    const wait = await guard.retryAfter(request);
    if (wait !== undefined) return tooManyAttempts(reply, wait);
    const caller = await authenticator.checkCredentials(username, password);
    if (!caller) {
      await guard.recordFailure(request);
      return failed('401', 'wrong user name or password');
    }
    // A new id on every sign-in: a session id known before sign-in is never promoted.
    sessions.end(request.cookies[SESSION_COOKIE]);
    const sessionId = sessions.create(caller.username);
    reply.setCookie(SESSION_COOKIE, sessionId, sessionCookieOptions(request));
    return { success: true, code: '200', msg: 'login success' };
  });

  app.get(LOGOUT_PATH, async (request, reply) => {
    sessions.end(request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
    return { success: true, code: '200', msg: 'logout success' };
  });

  // Pentaho's platform calls that Datafor inherits and the page's header asks: the session's
  // user name (text/plain, as Pentaho answers it) and that user's roles, of which Datafor's
  // user types are three.
  app.get(`${PLATFORM_PREFIX}session/userName`, async (request, reply) => {
    reply.header('Cache-Control', 'no-store').type('text/plain; charset=utf-8');
    return request.caller ? request.caller.username : reply.code(401).send('');
  });

  app.get(`${PLATFORM_PREFIX}userrolelist/getRolesForUser`, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const caller = request.caller;
    if (!caller) return reply.code(401).send({ success: false, msg: NOT_SIGNED_IN });
    const user = queryValue(request.query, 'user') ?? '';
    // One's own roles; anyone's only for an administrator.
    const target = user === caller.username ? caller : caller.userType === 'Administrator' ? authenticator.userOf(user) : null;
    if (target === null) return reply.code(403).send({ success: false, msg: 'only administrators may read the roles of other users' });
    if (!target) return reply.code(404).send({ success: false, msg: `no such user: "${user}"` });
    return { roles: [target.userType, 'Authenticated'] };
  });
}, 'datafor-auth');

/**
 * `Secure` when the browser reached the server over TLS: directly, or through a proxy whose
 * X-Forwarded-Proto the server is told to trust (DATAFOR_TRUST_PROXY).
 */
function sessionCookieOptions(request: FastifyRequest) {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: request.protocol === 'https' } as const;
}
