/**
 * What every plugin of the local API is given: one plain object made per server by app.ts,
 * passed as the plugin's options (no module state, nothing looked up elsewhere).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Authenticator, SessionStore } from '../auth';
import type { DataforStore } from '../store';

export interface SignInLimit {
  /** Failed sign-ins allowed in one window; the next attempt is answered 429 until it ends. */
  max: number;
  windowMs: number;
}

export interface SignInLimits {
  perAddress: SignInLimit;
  perUser: SignInLimit;
}

export interface ServerSettings {
  /** The Content-Security-Policy header of every answer. */
  csp: string;
  testTimeoutMs: number;
  /** Origins besides the server's own whose pages may change state (sign in, save…). */
  trustedOrigins: ReadonlySet<string>;
  signInLimits: SignInLimits;
  /** Folder of the built app, or null when the server serves none. */
  staticRoot: string | null;
  serveSourceMaps: boolean;
}

export interface ServerContext {
  store: DataforStore;
  authenticator: Authenticator;
  sessions: SessionStore;
  settings: ServerSettings;
}

export interface PluginOptions {
  context: ServerContext;
}

export type DataforPlugin = FastifyPluginAsync<PluginOptions>;

/**
 * Marks a plugin whose hooks, parsers and handlers apply to the whole server rather than to
 * its own routes only: what `fastify-plugin` does, by the documented `skip-override` flag.
 */
export function appWide(plugin: DataforPlugin, name: string): DataforPlugin {
  return Object.assign(plugin, {
    [Symbol.for('skip-override')]: true,
    [Symbol.for('fastify.display-name')]: name,
  });
}
