/**
 * The standalone page's first GETs, sent by a script of a few hundred bytes that index.html
 * lists before the app, so they travel while the app's bundle (~250 KB) downloads and runs.
 * main.tsx hands them to its API client, which uses each answer once in place of sending the
 * same GET again; everything else (envelopes, errors, a 401 waiting for sign-in) is the
 * client's as for any call.
 *
 * Why not only TanStack's prefetch in main.tsx: that starts when the whole bundle has been
 * fetched and evaluated. The bench measured `connection/get` answered at 449 ms that way,
 * against 189 ms for GETs started this early (bench/RESULTS.md, issue 10).
 *
 * Only the page's own address and `<meta>` are read here. The configuration is validated by
 * main.tsx; an answer is only used for the very URL the client asks for, so a request made
 * for a base the validation then rejects is simply never used. Only a same-origin base
 * (`''` or a context path) is requested early: a cross-origin API is left to the client.
 */
import { GET_PATH, LIST_PATH, LIST_QUERY, POOL_PARAMETERS_PATH, ROLES_PATH, USER_NAME_PATH, userNameFromAnswer } from './api/endpoints';
import { acceptHeaders, buildUrl, CREDENTIALS, normaliseApiBase, type ResponseType } from './api/url';
import { CONFIG_META_NAME, isIframeMode, readConnectionName } from './app/page-address';

/** A GET already under way: its answer once headers arrived, and how to stop it. */
export interface EarlyResponse {
  readonly response: Promise<Response>;
  abort(): void;
}

/** The early GETs by URL, each usable once. */
export interface EarlyResponses {
  /** The answer for exactly this URL, if it was requested early and not used yet. */
  take(url: string): EarlyResponse | undefined;
  /** Forgets the rest: after a sign-in they would be answers for another session. */
  drop(): void;
  /**
   * Sends a GET whose URL an early answer told (`start`), unless the app has already asked for
   * that URL itself or the early answers were dropped: either way the app sends its own.
   */
  follow(url: string, start: () => EarlyResponse): void;
}

export function createEarlyResponses(requests: Iterable<[string, EarlyResponse]>): EarlyResponses {
  const pending = new Map(requests);
  const asked = new Set<string>();
  let dropped = false;
  return {
    take(url) {
      asked.add(url);
      const early = pending.get(url);
      pending.delete(url);
      return early;
    },
    drop() {
      dropped = true;
      for (const early of pending.values()) early.abort();
      pending.clear();
    },
    follow(url, start) {
      if (!dropped && !asked.has(url) && !pending.has(url)) pending.set(url, start());
    },
  };
}

/** The same request the API client sends for a GET (url.ts): the headers, the cookie. */
export function sendEarlyGet(url: string, responseType: ResponseType = 'json'): EarlyResponse {
  const controller = new AbortController();
  const response = fetch(url, { headers: acceptHeaders(responseType), credentials: CREDENTIALS, signal: controller.signal });
  // Nobody may ever take it (the page opened something else): that is no unhandled rejection.
  response.catch(() => undefined);
  return { response, abort: () => controller.abort() };
}

/** `''` or a context path from the page's configuration; null for anything else. */
export function sameOriginApiBase(doc: Document = document): string | null {
  const content = doc.querySelector<HTMLMetaElement>(`meta[name="${CONFIG_META_NAME}"]`)?.content;
  let apiBase: unknown = '';
  try {
    if (content) apiBase = (JSON.parse(content) as { apiBase?: unknown } | null)?.apiBase ?? '';
  } catch {
    return null;
  }
  if (typeof apiBase !== 'string') return null;
  const trimmed = apiBase.trim();
  return trimmed === '' || (trimmed.startsWith('/') && !trimmed.startsWith('//')) ? normaliseApiBase(trimmed) : null;
}

/**
 * What the page at `search` will read first: who is signed in (then that user's roles), and the connection it names;
 * or, with no connection named, the list. The list is not read early beside a connection: a
 * server with thousands of connections sends megabytes of it, whose arrival took the CPU from
 * rendering the form (bench: 10,000 connections). The page asks for it once the form is there.
 */
export function startPageRequests(apiBase: string, search: string): EarlyResponses {
  const userNameUrl = buildUrl(apiBase, USER_NAME_PATH);
  const urls: [string, ResponseType][] = [[userNameUrl, 'text']];
  const name = readConnectionName(search);
  if (name !== null) {
    urls.push([buildUrl(apiBase, GET_PATH, { name }), 'json'], [buildUrl(apiBase, POOL_PARAMETERS_PATH), 'json']);
  } else {
    urls.unshift([buildUrl(apiBase, LIST_PATH, LIST_QUERY), 'json']);
  }
  const requests = new Map(urls.map(([url, type]) => [url, sendEarlyGet(url, type)]));
  const early = createEarlyResponses(requests);
  // Who is signed in takes two reads, the second naming the user the first answered. The first
  // render waits for both, so the second goes out as soon as that answer is here, not once the
  // bundle has run (~50 ms later in a trace of the demo form).
  requests
    .get(userNameUrl)
    ?.response
    .then((response) => (response.ok ? response.clone().text() : null))
    .then((text) => {
      const user = text === null ? null : userNameFromAnswer(text);
      if (user === null) return;
      const rolesUrl = buildUrl(apiBase, ROLES_PATH, { user });
      early.follow(rolesUrl, () => sendEarlyGet(rolesUrl));
    })
    .catch(() => undefined);
  return early;
}

// Page state by nature: one page load, one set of first requests, taken by the first client.
let started: EarlyResponses | undefined;
if (typeof document !== 'undefined' && !isIframeMode()) {
  const apiBase = sameOriginApiBase();
  if (apiBase !== null) started = startPageRequests(apiBase, window.location.search);
}

/** The early GETs, once: the page's API client takes them; anything later gets none. */
export function takeEarlyResponses(): EarlyResponses | undefined {
  const taken = started;
  started = undefined;
  return taken;
}
