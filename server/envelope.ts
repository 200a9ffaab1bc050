/**
 * Datafor's answer shapes and paths (../shared/api/CONTRACT.md, "Envelope and errors"):
 * its own endpoints answer HTTP 200 with `{ success, code, msg }`, `get` and `test` answer real
 * status codes with `{ success: false, msg }`.
 */
export const API_PREFIX = '/plugin/datafor-modeler/api';
export const AUTH_PREFIX = '/plugin/datafor/api/extension/auth';
export const BODY_LIMIT_BYTES = 1024 * 1024;

export const NOT_SIGNED_IN = 'not signed in: sign in or send HTTP Basic credentials';
/** What a server failure says: the detail goes to the log, never to the caller. */
export const OPERATION_FAILED = 'database connection operation failed';

export interface Envelope {
  success: boolean;
  code: string;
  msg: string;
  [key: string]: unknown;
}

export const succeeded = (extra: Record<string, unknown> = {}): Envelope => ({ success: true, code: '200', msg: 'success', ...extra });
export const failed = (code: string, msg: string): Envelope => ({ success: false, code, msg });

/** Pentaho's platform REST API, beside Datafor's plugins (the header asks it who is signed in). */
export const PLATFORM_PREFIX = '/api/';

/** Requests for Datafor's or Pentaho's API (as opposed to the app's files). */
export function isApiPath(url: string): boolean {
  return url.startsWith('/plugin/') || url.startsWith(PLATFORM_PREFIX);
}

export function queryValue(query: unknown, key: string): string | undefined {
  const value = (query as Record<string, unknown> | undefined)?.[key];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
  return typeof value === 'string' ? value : undefined;
}

export function queryFlag(query: unknown, key: string, fallback: boolean): boolean {
  const value = queryValue(query, key)?.trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fallback;
}
