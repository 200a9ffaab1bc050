import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { ERROR_PREFIXES, wireConnectionSchema } from '../connection/wire';
import { createApiClient, DataforError, type ApiClient, type DataforErrorKind } from './client';

const okSchema = z.looseObject({ success: z.boolean(), msg: z.optional(z.nullable(z.string())) });

function reply(body: string, status = 200, contentType = 'application/json'): Response {
  return new Response(body, { status, headers: { 'Content-Type': contentType } });
}

function stubFetch(...responses: Array<Response | (() => Promise<Response>) | Error>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const queue = [...responses];
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = queue.shift();
    if (next === undefined) throw new Error('unexpected extra fetch');
    if (next instanceof Error) throw next;
    return typeof next === 'function' ? next() : next;
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

/** A server that never answers: the call ends only when its signal aborts, as fetch does. */
function stubFetchThatNeverAnswers() {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    ),
  );
}

async function failure(promise: Promise<unknown>): Promise<DataforError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DataforError);
    return error as DataforError;
  }
  throw new Error('expected the request to fail');
}

let client: ApiClient;
let removeHandler: (() => void) | undefined;

/** Plays the sign-in dialog of `on`: whenever a call waits, answers with what `handler` resolves to. */
function answerSignIn(handler: () => Promise<boolean>, on: ApiClient = client): () => void {
  return on.signIn.subscribe(() => {
    if (on.signIn.isWaiting()) void handler().then((signedIn) => on.signIn.settle(signedIn));
  });
}

beforeEach(() => {
  client = createApiClient({ apiBase: '' });
});
afterEach(() => {
  removeHandler?.();
  removeHandler = undefined;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('request success', () => {
  it('prefixes the configured API base, encodes the query and parses with the schema', async () => {
    client = createApiClient({ apiBase: '/datafor/' });
    const calls = stubFetch(reply('{"success":true,"msg":"ok","extra":1}'));
    const data = await client.request('/plugin/x', { query: { name: 'a b&c', flag: true, skip: undefined }, schema: okSchema });
    expect(calls[0]?.url).toBe('/datafor/plugin/x?name=a+b%26c&flag=true');
    expect(data).toEqual({ success: true, msg: 'ok', extra: 1 });
  });

  it('sends JSON bodies as JSON and form fields as a form', async () => {
    const calls = stubFetch(reply('{"success":true}'), reply('{"success":true}'));
    await client.request('/a', { method: 'POST', body: { name: 'x' }, schema: okSchema });
    await client.request('/b', { method: 'POST', body: new URLSearchParams({ username: 'u' }), schema: okSchema });
    expect(calls[0]?.init.body).toBe('{"name":"x"}');
    expect((calls[0]?.init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(calls[1]?.init.body).toBeInstanceOf(URLSearchParams);
    expect((calls[1]?.init.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });

  it('lets success:false through when the endpoint is not enveloped (test results)', async () => {
    stubFetch(reply('{"success":false,"msg":"unreachable"}'));
    await expect(client.request('/t', { schema: okSchema })).resolves.toEqual({ success: false, msg: 'unreachable' });
  });
});

describe('request failure kinds', () => {
  // Nobody signs in: a missing session then ends as the call's error.
  beforeEach(() => {
    removeHandler = answerSignIn(async () => false);
  });

  const statusCases: Array<[number, DataforErrorKind]> = [
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [400, 'bad-request'],
    [500, 'server'],
    [502, 'server'],
  ];
  it.each(statusCases)('HTTP %i → %s, keeping the server message', async (status, kind) => {
    stubFetch(reply(JSON.stringify({ success: false, msg: `reason ${status}` }), status));
    const error = await failure(client.request('/x', { schema: okSchema }));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.serverMessage).toBe(`reason ${status}`);
  });

  it('HTTP error with an HTML body keeps a snippet as detail', async () => {
    stubFetch(reply('<html><body>Bad gateway</body></html>', 502, 'text/html'));
    const error = await failure(client.request('/x', { schema: okSchema }));
    expect(error.kind).toBe('server');
    expect(error.detail).toContain('Bad gateway');
  });

  it('non-JSON body on HTTP 200 → invalid-response with a snippet', async () => {
    stubFetch(reply('<html>login page</html>', 200, 'text/html'));
    const error = await failure(client.request('/x', { schema: okSchema }));
    expect(error.kind).toBe('invalid-response');
    expect(error.detail).toBe('<html>login page</html>');
  });

  it('a redirect to a login page is a missing session, not a strange answer', async () => {
    const loginPage = reply('<html><form action="j_spring_security_check"></form></html>', 200, 'text/html');
    Object.defineProperty(loginPage, 'redirected', { value: true });
    Object.defineProperty(loginPage, 'url', { value: 'https://bi.example.com/datafor/Login' });
    stubFetch(loginPage);
    expect((await failure(client.request('/x', { schema: okSchema }))).kind).toBe('unauthorized');
  });

  it('long non-JSON bodies are cut to a snippet', async () => {
    stubFetch(reply('x'.repeat(5000), 200, 'text/plain'));
    const error = await failure(client.request('/x', { schema: okSchema }));
    expect(error.detail?.length).toBeLessThan(400);
  });

  it('empty body → invalid-response', async () => {
    stubFetch(reply('', 200));
    const error = await failure(client.request('/x', { schema: okSchema }));
    expect(error.kind).toBe('invalid-response');
    expect(error.detail).toMatch(/empty/i);
  });

  it('a body that breaks the schema → invalid-response listing the issues', async () => {
    // A type without a shortName is a real server's shape (issue 13); a number for it is not.
    stubFetch(reply(JSON.stringify({ name: 'c', accessType: 'NATIVE', databaseType: { name: 'PostgreSQL', shortName: 7 } })));
    const error = await failure(client.request('/x', { schema: wireConnectionSchema }));
    expect(error.kind).toBe('invalid-response');
    expect(error.detail).toContain('databaseType.shortName');
  });

  it('fetch rejection → network', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    const error = await failure(client.request('/x', { schema: okSchema }));
    expect(error.kind).toBe('network');
    expect(error.detail).toBe('Failed to fetch');
  });

  it('no answer within the limit → timeout', async () => {
    stubFetchThatNeverAnswers();
    const error = await failure(client.request('/x', { schema: okSchema, timeoutMs: 30 }));
    expect(error.kind).toBe('timeout');
  });

  it('caller abort → aborted, not timeout', async () => {
    stubFetchThatNeverAnswers();
    const controller = new AbortController();
    const pending = client.request('/x', { schema: okSchema, signal: controller.signal, timeoutMs: 5000 });
    controller.abort();
    expect((await failure(pending)).kind).toBe('aborted');
  });

  it('an already aborted signal sends nothing', async () => {
    const calls = stubFetch();
    const controller = new AbortController();
    controller.abort();
    expect((await failure(client.request('/x', { schema: okSchema, signal: controller.signal }))).kind).toBe('aborted');
    expect(calls).toHaveLength(0);
  });
});

describe('envelope on HTTP 200', () => {
  beforeEach(() => {
    removeHandler = answerSignIn(async () => false);
  });

  const codeCases: Array<[string, DataforErrorKind]> = [
    ['401', 'unauthorized'],
    ['403', 'forbidden'],
    ['404', 'not-found'],
    ['409', 'conflict'],
    ['400', 'bad-request'],
    ['500', 'server'],
    ['503', 'server'],
  ];
  it.each(codeCases)('code "%s" → %s', async (code, kind) => {
    stubFetch(reply(JSON.stringify({ success: false, code, msg: 'update failed' })));
    const error = await failure(client.request('/x', { schema: okSchema, envelope: true }));
    expect(error.kind).toBe(kind);
    expect(error.code).toBe(code);
    expect(error.serverMessage).toBe('update failed');
    expect(error.prefix).toBeUndefined();
  });

  it.each(ERROR_PREFIXES.map((p) => [p]))('msg prefix %s → forbidden with the prefix', async (prefix) => {
    stubFetch(reply(JSON.stringify({ success: false, code: '500', msg: `${prefix}: user creator on c1` })));
    const error = await failure(client.request('/x', { schema: okSchema, envelope: true }));
    expect(error.kind).toBe('forbidden');
    expect(error.prefix).toBe(prefix);
    expect(error.serverMessage).toBe(`${prefix}: user creator on c1`);
  });

  it.each(ERROR_PREFIXES.map((p) => [p]))('prefix %s on a real HTTP 500 → forbidden', async (prefix) => {
    stubFetch(reply(JSON.stringify({ success: false, msg: prefix }), 500));
    const error = await failure(client.request('/x', { schema: okSchema }));
    expect(error.kind).toBe('forbidden');
    expect(error.prefix).toBe(prefix);
  });

  it('code "401" is unauthorized even on endpoints without an envelope', async () => {
    stubFetch(reply('{"success":false,"code":"401","msg":"not logged in"}'));
    expect((await failure(client.request('/x', { schema: okSchema }))).kind).toBe('unauthorized');
  });
});

describe('sign-in and resume', () => {
  it('waits for sign-in on 401, retries once and returns the result', async () => {
    const calls = stubFetch(reply('{"success":false,"code":"401"}'), reply('{"success":true,"msg":"saved"}'));
    const handler = vi.fn(async () => true);
    removeHandler = answerSignIn(handler);
    await expect(client.request('/save', { method: 'POST', body: { a: 1 }, schema: okSchema, envelope: true })).resolves.toEqual({
      success: true,
      msg: 'saved',
    });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.init.body).toBe('{"a":1}');
  });

  it('fails with unauthorized when the user cancels the sign-in', async () => {
    const calls = stubFetch(reply('', 401));
    removeHandler = answerSignIn(async () => false);
    expect((await failure(client.request('/x', { schema: okSchema }))).kind).toBe('unauthorized');
    expect(calls).toHaveLength(1);
  });

  it('retries only once', async () => {
    const calls = stubFetch(reply('', 401), reply('', 401));
    const handler = vi.fn(async () => true);
    removeHandler = answerSignIn(handler);
    expect((await failure(client.request('/x', { schema: okSchema }))).kind).toBe('unauthorized');
    expect(calls).toHaveLength(2);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('concurrent calls share one sign-in', async () => {
    stubFetch(reply('', 401), reply('', 401), reply('{"success":true}'), reply('{"success":true}'));
    let finish: (ok: boolean) => void = () => {};
    const handler = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    removeHandler = answerSignIn(handler);
    const both = Promise.all([client.request('/a', { schema: okSchema }), client.request('/b', { schema: okSchema })]);
    await vi.waitFor(() => expect(handler).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 10));
    finish(true);
    await expect(both).resolves.toHaveLength(2);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('the sign-in call itself never opens the dialog', async () => {
    stubFetch(reply('{"success":false,"msg":"bad password"}', 401));
    const handler = vi.fn(async () => true);
    removeHandler = answerSignIn(handler);
    const error = await failure(client.request('/login', { schema: okSchema, resumeAfterSignIn: false }));
    expect(error.serverMessage).toBe('bad password');
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('one client per mounted editor', () => {
  it('a call that finds no session before any dialog is there waits for one, then is sent again', async () => {
    const calls = stubFetch(reply('{"success":false,"code":"401"}', 401), reply('{"success":true,"msg":"after sign-in"}'));
    const pending = client.request('/plugin/list', { schema: okSchema });
    await vi.waitFor(() => expect(client.signIn.isWaiting()).toBe(true));
    expect(calls).toHaveLength(1);
    // The SessionProvider mounts later and finds the call waiting.
    client.signIn.settle(true);
    await expect(pending).resolves.toMatchObject({ msg: 'after sign-in' });
    expect(calls).toHaveLength(2);
    expect(client.signIn.isWaiting()).toBe(false);
  });

  it('two clients talk to their own servers and sign in on their own', async () => {
    const alpha = createApiClient({ apiBase: '/alpha' });
    const beta = createApiClient({ apiBase: 'https://beta.example/datafor/' });
    const calls = stubFetch(
      reply('{"success":false,"code":"401"}', 401),
      reply('{"success":true,"msg":"beta"}'),
      reply('{"success":true,"msg":"alpha after sign-in"}'),
    );
    const alphaCall = alpha.request('/plugin/x', { schema: okSchema });
    await vi.waitFor(() => expect(alpha.signIn.isWaiting()).toBe(true));
    await expect(beta.request('/plugin/x', { schema: okSchema })).resolves.toMatchObject({ msg: 'beta' });
    expect(beta.signIn.isWaiting()).toBe(false);
    alpha.signIn.settle(true);
    await expect(alphaCall).resolves.toMatchObject({ msg: 'alpha after sign-in' });
    expect(calls.map((c) => c.url)).toEqual(['/alpha/plugin/x', 'https://beta.example/datafor/plugin/x', '/alpha/plugin/x']);
  });

  it('request() opens the dialog without a failed call and resolves with its outcome', async () => {
    const outcome = client.signIn.request();
    expect(client.signIn.isWaiting()).toBe(true);
    client.signIn.settle(false);
    await expect(outcome).resolves.toBe(false);
  });

  it('a caller that gives up while waiting for sign-in is not sent again', async () => {
    const calls = stubFetch(reply('', 401));
    const controller = new AbortController();
    const pending = client.request('/x', { schema: okSchema, signal: controller.signal });
    await vi.waitFor(() => expect(client.signIn.isWaiting()).toBe(true));
    controller.abort();
    client.signIn.settle(true);
    expect((await failure(pending)).kind).toBe('aborted');
    expect(calls).toHaveLength(1);
  });
});

describe('plain-text answers (Pentaho platform endpoints)', () => {
  beforeEach(() => {
    removeHandler = answerSignIn(async () => false);
  });

  it('hands a text/plain body to the schema as a string, asking for text', async () => {
    const calls = stubFetch(reply('admin', 200, 'text/plain;charset=UTF-8'));
    await expect(client.request('/api/session/userName', { schema: z.string(), responseType: 'text' })).resolves.toBe('admin');
    expect((calls[0]?.init.headers as Record<string, string>).Accept).toBe('text/plain');
  });

  it('a name that looks like JSON stays text', async () => {
    stubFetch(reply('123', 200, 'text/plain'));
    await expect(client.request('/u', { schema: z.string(), responseType: 'text' })).resolves.toBe('123');
  });

  it('an HTML start page instead of text is an invalid response, never a value', async () => {
    stubFetch(reply('<!doctype html><title>Datafor</title>', 200, 'text/html'));
    const error = await failure(client.request('/u', { schema: z.string(), responseType: 'text' }));
    expect(error.kind).toBe('invalid-response');
    expect(error.detail).toContain('text/html');
  });

  it('a redirect to a login page is a missing session', async () => {
    const loginPage = reply('Login', 200, 'text/plain');
    Object.defineProperty(loginPage, 'redirected', { value: true });
    Object.defineProperty(loginPage, 'url', { value: 'https://bi.example.com/datafor/Login' });
    stubFetch(loginPage);
    expect((await failure(client.request('/u', { schema: z.string(), responseType: 'text' }))).kind).toBe('unauthorized');
  });

  it('HTTP errors keep their kinds', async () => {
    stubFetch(reply('', 404, 'text/plain'), reply('', 401, 'text/plain'));
    expect((await failure(client.request('/u', { schema: z.string(), responseType: 'text' }))).kind).toBe('not-found');
    expect((await failure(client.request('/u', { schema: z.string(), responseType: 'text', resumeAfterSignIn: false }))).kind).toBe(
      'unauthorized',
    );
  });
});
