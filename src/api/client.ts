/**
 * The only fetch wrapper. Every way a call to Datafor can fail — HTTP status, `success:false`
 * on HTTP 200, a body that is not JSON or not the expected shape, a time-out, a dropped
 * connection — ends as one `DataforError`, so screens map a `kind` to words and never parse
 * responses themselves.
 *
 * A 401 (or Datafor's `code "401"` on HTTP 200) does not fail the call straight away: the call
 * waits at its client's sign-in gate (the SessionProvider's dialog) and is sent once more after
 * the user signed in.
 *
 * Everything that differs between two mounted editors (the API base, the sign-in) lives in the
 * client instance (`createApiClient`), given to the React tree through ApiClientProvider; this
 * module has no state of its own.
 */
import type * as z from 'zod/mini';
import { errorPrefixOf, type ErrorPrefix } from '../connection/wire';
import type { EarlyResponse, EarlyResponses } from '../early-requests';
import { acceptHeaders, buildUrl, CREDENTIALS, normaliseApiBase, type QueryValue } from './url';

export type { QueryValue } from './url';

export type DataforErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'bad-request'
  | 'invalid-response'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'server';

export interface DataforErrorInit {
  status?: number;
  code?: string;
  serverMessage?: string;
  detail?: string;
  cause?: unknown;
}

export class DataforError extends Error {
  readonly kind: DataforErrorKind;
  /** HTTP status, when a response arrived. */
  readonly status?: number;
  /** Datafor's envelope `code` ("401", "500", …). */
  readonly code?: string;
  /** The meaningful prefix of the server's `msg` (CONNECTION_WRITE_FORBIDDEN, …). */
  readonly prefix?: ErrorPrefix;
  /** The server's `msg`, verbatim. */
  readonly serverMessage?: string;
  /** Technical detail: a snippet of a non-JSON body, schema issues, the network error. */
  readonly detail?: string;

  constructor(kind: DataforErrorKind, init: DataforErrorInit = {}) {
    super(init.serverMessage ?? init.detail ?? kind, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'DataforError';
    this.kind = kind;
    this.status = init.status;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.detail = init.detail;
    this.prefix = errorPrefixOf(init.serverMessage);
  }
}

export function isDataforError(error: unknown): error is DataforError {
  return error instanceof DataforError;
}

export interface RequestOptions<S extends z.ZodMiniType> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** JSON-encoded, except URLSearchParams which go as form fields (the login endpoint). */
  body?: unknown;
  schema: S;
  /** Datafor answers most failures with HTTP 200 and `success:false`: treat that as an error. */
  envelope?: boolean;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Off for the sign-in call itself, so a wrong password does not reopen the dialog. */
  resumeAfterSignIn?: boolean;
  /**
   * `text`: the body is a `text/plain` answer (Pentaho's platform API, e.g. the signed-in
   * user's name), handed to `schema` as a string; any other content type is invalid.
   */
  responseType?: 'json' | 'text';
  /** Parses a JSON body instead of `JSON.parse` (the list's does it in a worker); rejects when it is not JSON. */
  parseJson?: (text: string) => Promise<unknown>;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * Where a call that found no valid session waits for the user. The SessionProvider renders the
 * sign-in dialog while `isWaiting()` and reports the outcome with `settle`; calls made before it
 * mounts (the page's first requests) simply wait for it. All waiting calls share one dialog.
 */
export interface SignInGate {
  isWaiting(): boolean;
  subscribe(listener: () => void): () => void;
  /** true: the waiting calls are sent again; false: they fail as `unauthorized`. */
  settle(signedIn: boolean): void;
  /** Opens the dialog without a failed call (a "Sign in" button); resolves with its outcome. */
  request(): Promise<boolean>;
}

function createSignInGate(): SignInGate {
  let waiting: Promise<boolean> | null = null;
  let resolveWaiting: ((signedIn: boolean) => void) | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    isWaiting: () => waiting !== null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settle(signedIn) {
      const resolve = resolveWaiting;
      waiting = null;
      resolveWaiting = null;
      resolve?.(signedIn);
      notify();
    },
    request() {
      if (!waiting) {
        waiting = new Promise<boolean>((resolve) => {
          resolveWaiting = resolve;
        });
        notify();
      }
      return waiting;
    },
  };
}

export interface ApiClientOptions {
  /**
   * Datafor's context path (e.g. `/datafor`, or a full origin when served elsewhere). From
   * runtime configuration only — never from the page URL, so a crafted link cannot redirect
   * the editor's calls, and with them the user's credentials, to another server.
   */
  apiBase: string;
  /**
   * GETs the page sent before the app had loaded (src/early-requests.ts): a GET to one of
   * their URLs uses that answer, once, instead of going out again.
   */
  early?: EarlyResponses;
}

/**
 * One per mounted editor: its server, its sign-in. Two editors on one page (two module mounts)
 * each have their own, so they can talk to two servers and sign in to each on its own.
 */
export interface ApiClient {
  readonly apiBase: string;
  readonly signIn: SignInGate;
  url(path: string, query?: Record<string, QueryValue>): string;
  /**
   * Sends one request; a missing session waits for the user to sign in, then the call is sent
   * once more, so the caller gets its result as if the session never expired.
   */
  request<S extends z.ZodMiniType>(path: string, options: RequestOptions<S>): Promise<z.infer<S>>;
}

export function createApiClient({ apiBase, early }: ApiClientOptions): ApiClient {
  const base = normaliseApiBase(apiBase);
  const signIn = createSignInGate();
  const url = (path: string, query?: Record<string, QueryValue>) => buildUrl(base, path, query);
  // An early answer belongs to the session the page loaded with: none is used after a sign-in.
  const takeEarly = (target: string, options: RequestOptions<z.ZodMiniType>) =>
    early && !signIn.isWaiting() && (options.method ?? 'GET') === 'GET' && options.body === undefined ? early.take(target) : undefined;
  signIn.subscribe(() => early?.drop());
  return {
    apiBase: base,
    signIn,
    url,
    async request(path, options) {
      const target = url(path, options.query);
      try {
        return await requestOnce(target, options, takeEarly(target, options));
      } catch (error) {
        if (!(error instanceof DataforError) || error.kind !== 'unauthorized' || options.resumeAfterSignIn === false) throw error;
        if (options.signal?.aborted) throw new DataforError('aborted');
        if (!(await signIn.request())) throw error;
        return requestOnce(target, options);
      }
    },
  };
}

const SNIPPET_LENGTH = 300;

interface Transported {
  response: Response;
  text: string;
}

/**
 * One HTTP exchange, with the time-out and the caller's abort: resolves with the response and
 * its body text whatever the status, or fails as a DataforError (timeout, aborted, network).
 */
async function transport(url: string, init: RequestInit, timeoutMs: number, signal?: AbortSignal, early?: EarlyResponse): Promise<Transported> {
  if (signal?.aborted) {
    early?.abort();
    throw new DataforError('aborted');
  }
  const controller = new AbortController();
  if (early) controller.signal.addEventListener('abort', () => early.abort(), { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    // An early GET is this very request, already under way (same URL, headers and cookie).
    const response = await (early
      ? untilAborted(early.response, controller.signal)
      : fetch(url, { ...init, credentials: CREDENTIALS, signal: controller.signal }));
    return { response, text: await response.text() };
  } catch (cause) {
    if (timedOut) throw new DataforError('timeout', { detail: `No answer after ${timeoutMs} ms`, cause });
    if (signal?.aborted) throw new DataforError('aborted', { cause });
    throw new DataforError('network', { detail: describeCause(cause), cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

/** `promise`, unless `signal` aborts first (a time-out, the caller): as `fetch` behaves with its own signal. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function requestOnce<S extends z.ZodMiniType>(url: string, options: RequestOptions<S>, early?: EarlyResponse): Promise<z.infer<S>> {
  const { method = 'GET', body, schema, envelope = false, timeoutMs = DEFAULT_TIMEOUT_MS, signal, responseType = 'json', parseJson } = options;
  if (signal?.aborted) throw new DataforError('aborted');

  const headers = acceptHeaders(responseType);
  let requestBody: BodyInit | undefined;
  if (body instanceof URLSearchParams) {
    requestBody = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    requestBody = JSON.stringify(body);
  }
  const { response, text } = await transport(url, { method, headers, body: requestBody }, timeoutMs, signal, early);
  return responseType === 'text' ? interpretText(response, text, schema) : interpret(response, text, schema, envelope, parseJson);
}

function interpretText<S extends z.ZodMiniType>(response: Response, text: string, schema: S): z.infer<S> {
  const status = response.status;
  if (!response.ok) throw new DataforError(kindOfStatus(status, undefined), { status, detail: snippet(text) });
  if (response.redirected && /login/i.test(response.url)) {
    throw new DataforError('unauthorized', { status, detail: `Redirected to ${response.url}` });
  }
  // A server without the endpoint may answer with its HTML start page instead of a 404.
  const contentType = response.headers.get('content-type') ?? '';
  if (!/^text\/plain\b/i.test(contentType)) {
    throw new DataforError('invalid-response', { status, detail: `Expected text/plain, got ${contentType || 'no content type'}` });
  }
  const parsed = schema.safeParse(text);
  if (!parsed.success) {
    throw new DataforError('invalid-response', { status, detail: parsed.error.issues.map((issue) => issue.message).join('\n') });
  }
  return parsed.data as z.infer<S>;
}

async function interpret<S extends z.ZodMiniType>(
  response: Response,
  text: string,
  schema: S,
  envelope: boolean,
  parseJson: (text: string) => Promise<unknown> = async (body) => JSON.parse(body),
): Promise<z.infer<S>> {
  const status = response.status;
  let json: unknown;
  let isJson = false;
  if (text.trim() !== '') {
    try {
      json = await parseJson(text);
      isJson = true;
    } catch {
      isJson = false;
    }
  }
  const failure = isJson && isRecord(json) ? json : undefined;
  const serverMessage = typeof failure?.msg === 'string' && failure.msg !== '' ? failure.msg : undefined;
  const code = failure && (typeof failure.code === 'string' || typeof failure.code === 'number') ? String(failure.code) : undefined;

  if (!response.ok) {
    throw new DataforError(kindOfStatus(status, serverMessage), {
      status,
      code,
      serverMessage,
      detail: isJson ? undefined : snippet(text),
    });
  }
  if (!isJson) {
    // Pentaho-based servers may answer a call without a session by redirecting to their login page.
    if (response.redirected && /login/i.test(response.url)) {
      throw new DataforError('unauthorized', { status, detail: `Redirected to ${response.url}` });
    }
    throw new DataforError('invalid-response', {
      status,
      detail: text.trim() === '' ? 'Empty response body' : snippet(text),
    });
  }
  // Datafor signals a missing session with code "401" on HTTP 200, whatever the endpoint.
  if (failure?.success === false) {
    if (code === '401') throw new DataforError('unauthorized', { status, code, serverMessage });
    if (envelope) throw new DataforError(kindOfEnvelope(code, serverMessage), { status, code, serverMessage });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new DataforError('invalid-response', {
      status,
      detail: parsed.error.issues
        .slice(0, 10)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('\n'),
    });
  }
  return parsed.data as z.infer<S>;
}

function kindOfStatus(status: number, serverMessage: string | undefined): DataforErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403 || errorPrefixOf(serverMessage)) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 408 || status === 504) return 'timeout';
  if (status >= 400 && status < 500) return 'bad-request';
  return 'server';
}

function kindOfEnvelope(code: string | undefined, serverMessage: string | undefined): DataforErrorKind {
  // Every documented prefix is a permission refusal; it outranks the generic code "500".
  if (errorPrefixOf(serverMessage)) return 'forbidden';
  switch (code) {
    case '401':
      return 'unauthorized';
    case '403':
      return 'forbidden';
    case '404':
      return 'not-found';
    case '409':
      return 'conflict';
    case '400':
      return 'bad-request';
    default:
      return 'server';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function snippet(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > SNIPPET_LENGTH ? `${trimmed.slice(0, SNIPPET_LENGTH)}…` : trimmed;
}

function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
