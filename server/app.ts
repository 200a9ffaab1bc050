/**
 * The local Datafor API: the connection endpoints of Datafor's plugin API with the same
 * paths, envelopes, status codes, error prefixes, permission rules and password semantics
 * (../shared/api/CONTRACT.md), backed by SQLite, plus the built app served at `/`.
 */
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import { PERMISSION, USER_TYPES, wireConnectionSchema, type UserType } from '../src/connection/wire';
import { POOL_PARAMETERS } from '../src/connection/pool';
import { Authenticator, parseBasicAuthorization, SessionStore, SESSION_COOKIE, type Caller } from './auth';
import { parseConnectionBody, type ParsedConnection } from './connection-body';
import { keepsStoredPassword } from '../src/connection/rules';
import { resolveTestTarget, runConnectionTest } from './connection-test';
import { DEMO_PASSWORDS, seedDatabase, type DemoUser } from './seed';
import { DataforStore, type StoredConnection } from './store';

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
  testConnectTimeoutMs?: number;
  sessionIdleMs?: number;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
  /** Ends every session, as if each had idled out: lets end-to-end tests hit an expired session. */
  expireSessions(): void;
}

type ErrorStyle = 'envelope' | 'status';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | undefined;
  }
  interface FastifyContextConfig {
    /** `status`: the endpoint answers failures with real HTTP codes (get, test); else HTTP 200 envelopes. */
    errorStyle?: ErrorStyle;
  }
}

export const API_PREFIX = '/plugin/datafor-modeler/api';
export const AUTH_PREFIX = '/plugin/datafor/api/extension/auth';
/** Pentaho's platform REST API, beside Datafor's plugins. */
export const PLATFORM_PREFIX = '/api/';
export const BODY_LIMIT_BYTES = 1024 * 1024;
const DEFAULT_TEST_TIMEOUT_MS = 10_000;
const DEFAULT_SESSION_IDLE_MS = 30 * 60_000;
const OPERATION_FAILED = 'database connection operation failed';
const PROJECT_ROOT = resolve(import.meta.dirname, '..');

const ALL_CODES = [PERMISSION.read, PERMISSION.edit, PERMISSION.delete, PERMISSION.manage, PERMISSION.full] as const;
const DEFAULT_LIST_PERMISSIONS = [PERMISSION.read, PERMISSION.edit, PERMISSION.delete, PERMISSION.full];

interface Envelope {
  success: boolean;
  code: string;
  msg: string;
  [key: string]: unknown;
}

const succeeded = (extra: Record<string, unknown> = {}): Envelope => ({ success: true, code: '200', msg: 'success', ...extra });
const failed = (code: string, msg: string): Envelope => ({ success: false, code, msg });

const NOT_SIGNED_IN = 'not signed in: sign in or send HTTP Basic credentials';

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

function queryValue(query: unknown, key: string): string | undefined {
  const value = (query as Record<string, unknown> | undefined)?.[key];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function queryFlag(query: unknown, key: string, fallback: boolean): boolean {
  const value = queryValue(query, key)?.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fallback;
}

function parsePermissionFilter(value: string | undefined): string[] {
  const codes = (value ?? '')
    .split(/[|,\s]+/)
    .filter((c) => (ALL_CODES as readonly string[]).includes(c));
  return codes.length > 0 ? codes : DEFAULT_LIST_PERMISSIONS;
}

const BAD_JSON = 'DATAFOR_BAD_JSON';

function parseJsonSafely(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value)) {
        throw new Error('the request body contains a forbidden "__proto__" or "constructor.prototype" key');
      }
      return value;
    });
  } catch (error) {
    if (error instanceof SyntaxError) throw new Error(`the request body is not valid JSON: ${error.message}`, { cause: error });
    throw error;
  }
}

function frameworkErrorMessage(error: FastifyError, request: FastifyRequest): string {
  switch (error.code) {
    case BAD_JSON:
      return error.message;
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'the request body is empty: send the connection as a JSON object';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return `the request body is not valid JSON (${error.message})`;
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `the request body is larger than the ${BODY_LIMIT_BYTES / 1024 / 1024} MiB limit`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return `unsupported Content-Type "${request.headers['content-type'] ?? ''}": send application/json`;
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'the Content-Length header does not match the body';
    default:
      break;
  }
  return error.message;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const csp = contentSecurityPolicy(options.frameAncestors ?? []);
  const store = new DataforStore(options.dbPath);
  try {
    await seedDatabase(store, { ...DEMO_PASSWORDS, ...options.demoPasswords });
    return await buildApp(options, store, csp);
  } catch (error) {
    store.close();
    throw error;
  }
}

async function buildApp(options: ServerOptions, store: DataforStore, csp: string): Promise<FastifyInstance> {
  const testTimeoutMs = options.testConnectTimeoutMs ?? DEFAULT_TEST_TIMEOUT_MS;
  const authenticator = new Authenticator(store);
  const sessions = new SessionStore(options.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS);

  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    // Off by default; when on, credentials in headers are redacted (bodies are never logged).
    logger: options.logger
      ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'] }
      : false,
  });
  sessionStores.set(app, sessions);
  const sweepTimer = setInterval(() => sessions.sweep(), 60_000);
  sweepTimer.unref();
  app.addHook('onClose', async () => {
    clearInterval(sweepTimer);
    store.close();
  });

  await app.register(fastifyCookie);
  await app.register(fastifyFormbody);
  // Fastify's own JSON parser reports every failure as the same "not valid JSON"; this one says
  // where the syntax breaks, and refuses prototype-pollution keys by name.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, parseJsonSafely(text));
    } catch (error) {
      done(Object.assign(new Error((error as Error).message), { statusCode: 400, code: BAD_JSON }), undefined);
    }
  });
  app.decorateRequest('caller', undefined);

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('Content-Security-Policy', csp);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    if (request.url.startsWith('/plugin/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });

  // Who is calling. A wrong Basic password is a real 401 on every endpoint; no credentials at
  // all leaves `caller` unset and each endpoint answers in its own documented way.
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/plugin/') && !request.url.startsWith(PLATFORM_PREFIX)) return;
    const basic = parseBasicAuthorization(request.headers.authorization);
    if (basic === null || basic) {
      const caller = basic ? await authenticator.checkCredentials(basic.username, basic.password) : undefined;
      if (!caller) {
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

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error(error);
    const msg = status >= 500 ? OPERATION_FAILED : frameworkErrorMessage(error, request);
    if (!request.url.startsWith('/plugin/')) {
      return reply.code(status).send({ success: false, msg });
    }
    if (request.routeOptions.config.errorStyle === 'status') {
      return reply.code(status >= 500 ? 500 : 400).send({ success: false, msg });
    }
    return reply.code(200).send(failed(status >= 500 ? '500' : '400', msg));
  });

  const staticRoot = options.staticDir === null ? null : resolve(PROJECT_ROOT, options.staticDir ?? 'dist');
  const serveApp = staticRoot !== null && existsSync(resolve(staticRoot, 'index.html'));
  if (serveApp) {
    await app.register(fastifyStatic, {
      root: staticRoot,
      // Our own Cache-Control below, not the plugin's default `public, max-age=0`.
      cacheControl: false,
      setHeaders(response, path) {
        // Hashed asset names may be cached for good; index.html must be revalidated to pick up new builds.
        response.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/plugin/');
    const path = request.url.split('?')[0] ?? '';
    // Client-side routes get the app shell; a missing file (a path with an extension) stays a 404.
    const looksLikeFile = /\.[a-z0-9]+$/i.test(path);
    if (!isApi && !looksLikeFile && (request.method === 'GET' || request.method === 'HEAD')) {
      if (serveApp) return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
      return reply.code(404).type('text/plain; charset=utf-8').send('The app is not built: run `npm run build`, then start the server again.\n');
    }
    if (!isApi) return reply.code(404).type('text/plain; charset=utf-8').send(`Not found: ${path}\n`);
    return reply.code(404).send(failed('404', `no such endpoint: ${request.method} ${path}`));
  });

  // ---------- permissions ----------

  /** The permission codes the caller effectively holds on a connection. */
  function effectiveCodes(caller: Caller, connectionId: string): Set<string> {
    if (caller.userType === 'Administrator') return new Set(ALL_CODES);
    const granted = store.permissionCodes(connectionId, caller.username);
    const full = granted.has(PERMISSION.full);
    const codes = new Set<string>();
    if (full || granted.size > 0) codes.add(PERMISSION.read);
    // A SYS_Reader views only, whatever the ACL says.
    if (caller.userType !== 'SYS_Reader') {
      for (const code of [PERMISSION.edit, PERMISSION.delete, PERMISSION.manage]) {
        if (full || granted.has(code)) codes.add(code);
      }
      if (full) codes.add(PERMISSION.full);
    }
    return codes;
  }

  const can = (caller: Caller, connectionId: string, code: string): boolean => effectiveCodes(caller, connectionId).has(code);

  function publicJson(connection: StoredConnection): Record<string, unknown> {
    return { ...connection.json, id: connection.id, name: connection.name, password: null };
  }

  // ---------- sign-in ----------

  app.post(`${AUTH_PREFIX}/login`, async (request, reply) => {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const username = typeof body.username === 'string' ? body.username : '';
    const password = typeof body.password === 'string' ? body.password : '';
    if (!username || !password) return failed('400', 'user name and password are required');
    const caller = await authenticator.checkCredentials(username, password);
    if (!caller) return failed('401', 'wrong user name or password');
    // A new id on every sign-in: a session id known before sign-in is never promoted.
    sessions.end(request.cookies[SESSION_COOKIE]);
    const sessionId = sessions.create(caller.username);
    reply.setCookie(SESSION_COOKIE, sessionId, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: request.protocol === 'https',
    });
    return { success: true, code: '200', msg: 'login success' };
  });

  app.get(`${AUTH_PREFIX}/logout`, async (request, reply) => {
    sessions.end(request.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
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

  // ---------- reference data ----------

  app.get(`${API_PREFIX}/roles/types`, async (request) => {
    if (!request.caller) return failed('401', NOT_SIGNED_IN);
    return succeeded({ data: [...USER_TYPES] });
  });

  app.get(`${API_PREFIX}/connection/poolingParameters`, async (request) => {
    if (!request.caller) return failed('401', NOT_SIGNED_IN);
    return {
      databaseConnectionPoolParameters: POOL_PARAMETERS.map(({ parameter, defaultValue, description }) => ({
        parameter,
        defaultValue,
        description,
      })),
    };
  });

  // ---------- connections ----------

  app.get(`${API_PREFIX}/connection/list`, async (request) => {
    const caller = request.caller;
    if (!caller) return failed('401', NOT_SIGNED_IN);
    const includeInfo = queryFlag(request.query, 'includeInfo', true);
    const includeAccessMap = queryFlag(request.query, 'includeAccessMap', false);
    const wanted = parsePermissionFilter(queryValue(request.query, 'permissions'));
    const databaseConnections = [];
    for (const connection of store.allConnections()) {
      const codes = effectiveCodes(caller, connection.id);
      if (!codes.has(PERMISSION.read) || !wanted.some((code) => codes.has(code))) continue;
      const accessMap = ALL_CODES.map((code) => ({ name: code, value: String(codes.has(code)) }));
      if (!includeInfo) {
        databaseConnections.push({ name: connection.name, ...(includeAccessMap ? { accessMap } : {}) });
        continue;
      }
      // `list` spells the SQL Server instance key differently from `get` (CONTRACT.md).
      const { SQLServerInstance, ...rest } = publicJson(connection);
      databaseConnections.push({
        ...rest,
        sqlserverInstance: SQLServerInstance ?? null,
        isUploadDataset: false,
        isSystem: false,
        ...(includeAccessMap ? { accessMap } : {}),
      });
    }
    return { success: true, databaseConnections };
  });

  app.get(`${API_PREFIX}/connection/get`, { config: { errorStyle: 'status' } }, async (request, reply) => {
    const caller = request.caller;
    if (!caller) return reply.code(401).send({ success: false, msg: NOT_SIGNED_IN });
    const name = queryValue(request.query, 'name');
    if (!name) return reply.code(400).send({ success: false, msg: 'the query parameter "name" is required' });
    const connection = store.connectionByName(name);
    if (!connection) return reply.code(404).send({ success: false, msg: `connection not found: "${name}"` });
    if (!can(caller, connection.id, PERMISSION.read)) {
      return reply
        .code(403)
        .send({ success: false, msg: `CONNECTION_READ_FORBIDDEN: user "${caller.username}" may not read connection "${name}"` });
    }
    return publicJson(connection);
  });

  app.get(`${API_PREFIX}/connection/checkexists`, async (request) => {
    const caller = request.caller;
    if (!caller) return failed('401', NOT_SIGNED_IN);
    const name = queryValue(request.query, 'name') ?? '';
    const connection = name ? store.connectionByName(name) : undefined;
    return { success: true, exists: connection !== undefined && can(caller, connection.id, PERMISSION.read) };
  });

  app.post(`${API_PREFIX}/connection/add`, async (request) => {
    const caller = request.caller;
    if (!caller) return failed('401', NOT_SIGNED_IN);
    if (!canCreateContent(caller.userType)) {
      return failed('500', `CONNECTION_CREATE_FORBIDDEN: user "${caller.username}" is a ${caller.userType} and may not create connections`);
    }
    const parsed = parseConnectionBody(request, { purpose: 'add' });
    if (!parsed.ok) return failed('400', parsed.msg);
    const { body, name } = parsed;
    return store.transaction(() => {
      if (store.connectionByName(name)) return failed('500', `a connection named "${name}" already exists`);
      const id = randomUUID();
      const password = keepsStoredPassword(body.password) ? null : (body.password as string);
      store.insertConnection({ id, name, json: { ...body, id, name, password: null } }, password, {
        [caller.username]: [PERMISSION.full],
      });
      return succeeded();
    });
  });

  app.post(`${API_PREFIX}/connection/update`, async (request) => {
    const caller = request.caller;
    if (!caller) return failed('401', NOT_SIGNED_IN);
    if (!canCreateContent(caller.userType)) {
      return failed('500', `CONNECTION_WRITE_FORBIDDEN: user "${caller.username}" is a ${caller.userType} and may not change connections`);
    }
    const parsed = parseConnectionBody(request, { purpose: 'update' });
    if (!parsed.ok) return failed('400', parsed.msg);
    return store.transaction(() => updateConnection(caller, parsed));
  });

  function updateConnection(caller: Caller, { body, name }: ParsedConnection): Envelope {
    const id = typeof body.id === 'string' && body.id !== '' ? body.id : undefined;
    const target = id ? store.connectionById(id) : store.connectionByName(name);
    if (!target) {
      return failed('500', id ? `connection not found: no connection has the id "${id}"` : `connection not found: "${name}"`);
    }
    if (!can(caller, target.id, PERMISSION.edit)) {
      return failed('500', `CONNECTION_WRITE_FORBIDDEN: user "${caller.username}" has no Edit permission on connection "${target.name}"`);
    }
    if (name !== target.name) {
      const other = store.connectionByName(name);
      if (other && other.id !== target.id) {
        return failed('500', `cannot rename "${target.name}" to "${name}": a connection named "${name}" already exists`);
      }
    }
    // The body replaces the stored settings; only the password has "keep" semantics.
    const newPassword = keepsStoredPassword(body.password) ? undefined : (body.password as string);
    store.replaceConnection({ id: target.id, name, json: { ...body, id: target.id, name, password: null } }, newPassword);
    return succeeded();
  }

  app.delete(`${API_PREFIX}/connection/deletebyname`, async (request) => {
    const caller = request.caller;
    if (!caller) return failed('401', NOT_SIGNED_IN);
    const name = queryValue(request.query, 'name') ?? '';
    return store.transaction(() => {
      const connection = name ? store.connectionByName(name) : undefined;
      // Not found answers like forbidden, as Datafor does: no way to probe for names.
      if (!connection || !can(caller, connection.id, PERMISSION.delete)) {
        return failed('500', `CONNECTION_DELETE_FORBIDDEN: user "${caller.username}" may not delete connection "${name}"`);
      }
      store.deleteConnection(connection.id);
      return succeeded();
    });
  });

  app.put(`${API_PREFIX}/connection/test`, { config: { errorStyle: 'status' } }, async (request, reply) => {
    const caller = request.caller;
    if (!caller) return reply.code(401).send({ success: false, msg: NOT_SIGNED_IN });
    const parsed = parseConnectionBody(request, { purpose: 'test' });
    if (!parsed.ok) return reply.code(400).send({ success: false, msg: parsed.msg });
    const { body, connection, name } = parsed;
    const id = typeof body.id === 'string' && body.id !== '' ? body.id : undefined;
    const saved = id ? store.connectionById(id) : store.connectionByName(name);
    let password = keepsStoredPassword(body.password) ? '' : (body.password as string);
    if (saved) {
      const codes = effectiveCodes(caller, saved.id);
      if (!codes.has(PERMISSION.read)) {
        return reply
          .code(403)
          .send({ success: false, msg: `CONNECTION_READ_FORBIDDEN: user "${caller.username}" may not read connection "${saved.name}"` });
      }
      if (keepsStoredPassword(body.password)) {
        const storedPassword = store.storedPassword(saved.id) ?? '';
        // Without Edit, the stored password may only go to the server it was saved for;
        // otherwise anyone with Read could send it to a host of their own.
        if (!codes.has(PERMISSION.edit) && storedPassword !== '' && !sameTarget(connection, saved)) {
          return reply.code(403).send({
            success: false,
            msg: `CONNECTION_WRITE_FORBIDDEN: user "${caller.username}" has no Edit permission on connection "${saved.name}", so its stored password can only be tested against its saved server`,
          });
        }
        password = storedPassword;
      }
    } else if (!canCreateContent(caller.userType)) {
      return reply.code(403).send({
        success: false,
        msg: `CONNECTION_CREATE_FORBIDDEN: user "${caller.username}" is a ${caller.userType} and may only test saved connections`,
      });
    }
    const target = resolveTestTarget(connection, password);
    if (typeof target === 'string') return { name, success: false, msg: target };
    const outcome = await runConnectionTest(target, testTimeoutMs);
    return outcome.success ? { name, success: true } : { name, success: false, msg: outcome.msg };
  });

  /** Whether a draft would reach the same server, as the same user, as the saved connection. */
  function sameTarget(draft: ParsedConnection['connection'], saved: StoredConnection): boolean {
    const savedParsed = parseStoredConnection(saved);
    if (!savedParsed) return false;
    const fingerprint = (c: ParsedConnection['connection']): string =>
      JSON.stringify([
        c.accessType,
        c.databaseType.shortName.toUpperCase(),
        c.hostname ?? '',
        c.databasePort ?? '',
        c.databaseName ?? '',
        c.username ?? '',
        c.attributes?.CUSTOM_URL ?? c.CUSTOM_URL ?? '',
      ]);
    return fingerprint(draft) === fingerprint(savedParsed);
  }

  return app;
}

function canCreateContent(userType: UserType): boolean {
  return userType === 'SYS_Creator' || userType === 'Administrator';
}


function parseStoredConnection(saved: StoredConnection): ParsedConnection['connection'] | undefined {
  const result = wireConnectionSchema.safeParse({ ...saved.json, name: saved.name });
  return result.success ? result.data : undefined;
}

const sessionStores = new WeakMap<FastifyInstance, SessionStore>();

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
    expireSessions: () => sessionStores.get(app)?.expireAll(),
  };
}
