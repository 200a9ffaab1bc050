/**
 * The local Datafor API: the connection endpoints of Datafor's plugin API with the same
 * paths, envelopes, status codes, error prefixes, permission rules and password semantics
 * (../shared/api/CONTRACT.md), backed by SQLite, plus the built app served at `/`.
 *
 * One Fastify plugin per area, each given the same plain context object:
 *   security-headers   CSP and the confining headers on every answer
 *   api-conventions    strict UTF-8 JSON and form bodies; failures in each endpoint's shape
 *   auth               sign-in/out, sessions, Basic; cross-site refusal; failed sign-in limits
 *   static             the built app, source maps (development only), the 404s
 *   connections-read   list, get, checkexists, poolingParameters, roles/types
 *   connections-write  add, update, deletebyname
 *   test               PUT test, as test-policy.ts allows
 */
import { resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { Authenticator, SessionStore } from './auth';
import { parseTrustedOrigins } from './cross-site';
import { BODY_LIMIT_BYTES } from './envelope';
import { apiConventionsPlugin } from './plugins/api-conventions';
import { authPlugin } from './plugins/auth';
import { connectionsReadPlugin } from './plugins/connections-read';
import { connectionsWritePlugin } from './plugins/connections-write';
import type { ServerContext, ServerSettings, SignInLimits } from './plugins/context';
import { contentSecurityPolicy, securityHeadersPlugin } from './plugins/security-headers';
import { staticPlugin } from './plugins/static';
import { testPlugin } from './plugins/test';
import { DEMO_PASSWORDS, seedDatabase, type DemoUser } from './seed';
import { DataforStore } from './store';

export { API_PREFIX, AUTH_PREFIX, BODY_LIMIT_BYTES } from './envelope';
export { contentSecurityPolicy } from './plugins/security-headers';
export type { SignInLimits } from './plugins/context';

export interface ServerOptions {
  dbPath: string;
  host?: string;
  port?: number;
  /** Folder of the built app; undefined = `dist/` of the project when present, null = none. */
  staticDir?: string | null;
  logger?: boolean;
  demoPasswords?: Partial<Record<DemoUser, string>>;
  /** Hosts allowed to frame the app (CSP frame-ancestors), besides the app's own origin. */
  frameAncestors?: string[];
  /** Origins whose pages may sign in and change data besides the app's own (an embedding console). */
  trustedOrigins?: string[];
  testConnectTimeoutMs?: number;
  /** A session unused this long ends (30 minutes). */
  sessionIdleMs?: number;
  /** A session ends this long after sign-in however busy it is (12 hours). */
  sessionMaxAgeMs?: number;
  /**
   * Trust X-Forwarded-Proto/-Host/-For from a TLS proxy: `true` for any peer, or the proxies'
   * addresses. Then the session cookie is `Secure` when the browser used https.
   */
  trustProxy?: boolean | string[];
  /** The key that encrypts stored secrets (DATAFOR_SECRET_KEY); else a key file beside the database. */
  secretKey?: string;
  /** Serve the build's `.map` files (development); off by default. */
  serveSourceMaps?: boolean;
  signInLimits?: Partial<SignInLimits>;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
  /** Ends every session, as if each had idled out: lets end-to-end tests hit an expired session. */
  expireSessions(): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The server's sessions, for `RunningServer.expireSessions`. */
    dataforSessions: SessionStore;
  }
}

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_TEST_TIMEOUT_MS = 10_000;
const DEFAULT_SESSION_IDLE_MS = 30 * 60_000;
const DEFAULT_SESSION_MAX_AGE_MS = 12 * 60 * 60_000;
/**
 * One address may fail 20 times in 10 minutes; a user name 30 times in a minute. No single
 * address can reach the per-user limit, so an attacker alone never locks the real user out,
 * and many attackers together do so for at most a minute at a time.
 */
const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perAddress: { max: 20, windowMs: 10 * 60_000 },
  perUser: { max: 30, windowMs: 60_000 },
};

function resolveSettings(options: ServerOptions): ServerSettings {
  return {
    csp: contentSecurityPolicy(options.frameAncestors ?? []),
    testTimeoutMs: options.testConnectTimeoutMs ?? DEFAULT_TEST_TIMEOUT_MS,
    trustedOrigins: parseTrustedOrigins(options.trustedOrigins ?? []),
    signInLimits: { ...DEFAULT_SIGN_IN_LIMITS, ...options.signInLimits },
    staticRoot: options.staticDir === null ? null : resolve(PROJECT_ROOT, options.staticDir ?? 'dist'),
    serveSourceMaps: options.serveSourceMaps ?? false,
  };
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  // Configuration mistakes stop the start before the database is touched.
  const settings = resolveSettings(options);
  const store = new DataforStore(options.dbPath, { secretKey: options.secretKey });
  try {
    await seedDatabase(store, { ...DEMO_PASSWORDS, ...options.demoPasswords });
    return await buildApp(options, store, settings);
  } catch (error) {
    store.close();
    throw error;
  }
}

async function buildApp(options: ServerOptions, store: DataforStore, settings: ServerSettings): Promise<FastifyInstance> {
  const sessions = new SessionStore({
    idleMs: options.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS,
    maxAgeMs: options.sessionMaxAgeMs ?? DEFAULT_SESSION_MAX_AGE_MS,
  });
  const context: ServerContext = { store, authenticator: new Authenticator(store), sessions, settings };

  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    // Off by default; when on, credentials in headers are redacted (bodies are never logged).
    logger: options.logger
      ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'] }
      : false,
  });
  app.decorate('dataforSessions', sessions);
  const sweepTimer = setInterval(() => sessions.sweep(), 60_000);
  sweepTimer.unref();
  app.addHook('onClose', async () => {
    clearInterval(sweepTimer);
    store.close();
  });

  await app.register(securityHeadersPlugin, { context });
  await app.register(apiConventionsPlugin, { context });
  await app.register(authPlugin, { context });
  await app.register(staticPlugin, { context });
  await app.register(connectionsReadPlugin, { context });
  await app.register(connectionsWritePlugin, { context });
  await app.register(testPlugin, { context });
  return app;
}

function formatUrl(host: string, port: number): string {
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = await buildServer(options);
  const host = options.host ?? '127.0.0.1';
  try {
    await app.listen({ host, port: options.port ?? 8080 });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 8080);
  return {
    url: formatUrl(host, port),
    app,
    close: () => app.close(),
    expireSessions: () => app.dataforSessions.expireAll(),
  };
}
