/**
 * How a call's URL and its GET headers are made: shared by the API client and the
 * early-requests script, so that an early GET and the app's own are the same request.
 */
export type QueryValue = string | boolean | undefined;

export type ResponseType = 'json' | 'text';

/** `''`, a context path or an origin, without the trailing slashes that would double up. */
export function normaliseApiBase(apiBase: string): string {
  return apiBase.replace(/\/+$/, '');
}

export function buildUrl(base: string, path: string, query?: Record<string, QueryValue>): string {
  let url = base + path;
  if (query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) params.set(key, String(value));
    }
    const encoded = params.toString();
    if (encoded) url += (url.includes('?') ? '&' : '?') + encoded;
  }
  return url;
}

export function acceptHeaders(responseType: ResponseType): Record<string, string> {
  return { Accept: responseType === 'text' ? 'text/plain' : 'application/json' };
}

/** The session cookie must travel also when the API lives on another origin (CORS). */
export const CREDENTIALS: RequestCredentials = 'include';
