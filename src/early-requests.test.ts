import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { createApiClient } from './api/client';
import { connectionQueries } from './api/connections';
import { signedInUserQuery } from './api/session';
import { createEarlyResponses, sameOriginApiBase, startPageRequests, type EarlyResponse } from './early-requests';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function early(response: Response | Promise<Response>): EarlyResponse & { aborted: boolean } {
  const handle = {
    aborted: false,
    response: Promise.resolve(response),
    abort: () => {
      handle.aborted = true;
    },
  };
  return handle;
}

function fetchStub(...responses: Response[]) {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(url);
      const next = responses.shift();
      if (!next) throw new Error(`unexpected fetch of ${url}`);
      return next;
    }),
  );
  return urls;
}

/** Just enough of a page for the one lookup: its configuration `<meta>`, if any. */
function pageWithConfig(content: string | null): Document {
  return {
    querySelector: (selector: string) =>
      selector === 'meta[name="datafor-editor-config"]' && content !== null ? { content } : null,
  } as unknown as Document;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the page’s first GETs', () => {
  it('are sent to exactly the URLs the app then asks for, so the app takes them instead of asking again', async () => {
    const sent = fetchStub(
      new Response('admin', { headers: { 'Content-Type': 'text/plain' } }),
      json({ name: 'a b', id: 'x', databaseType: { name: 'PostgreSQL', shortName: 'POSTGRESQL' } }),
      json({ databaseConnectionPoolParameters: [] }),
      json({ roles: ['Authenticated', 'Administrator'] }),
    );
    const responses = startPageRequests('/datafor', '?name=a%20b&other=1');
    // Beside a connection the list is left to the page, after the form: megabytes of it would
    // compete with rendering the form.
    expect(sent).toEqual([
      '/datafor/api/session/userName',
      '/datafor/plugin/datafor-modeler/api/connection/get?name=a+b',
      '/datafor/plugin/datafor-modeler/api/connection/poolingParameters',
    ]);
    // Who is signed in takes two reads: the roles of the user named go out once that name is here.
    await vi.waitFor(() => expect(sent).toHaveLength(4));
    expect(sent[3]).toBe('/datafor/api/userrolelist/getRolesForUser?user=admin');

    // No second round: the app's own reads find every answer already on its way.
    vi.stubGlobal('fetch', vi.fn(async (url: string) => Promise.reject(new Error(`sent again: ${url}`))));
    const client = createApiClient({ apiBase: '/datafor/', early: responses });
    const queries = connectionQueries(client);
    const queryClient = new QueryClient();
    const [detail, pool, user] = await Promise.all([
      queryClient.fetchQuery(queries.detail('a b')),
      queryClient.fetchQuery(queries.poolParameters()),
      queryClient.fetchQuery(signedInUserQuery(client)),
    ]);
    expect(detail.id).toBe('x');
    expect(pool).toEqual([]);
    expect(user).toEqual({ name: 'admin', userType: 'Administrator' });
  });

  it('ask for no roles when the first answer names nobody (no session, Spring’s anonymousUser)', async () => {
    for (const answer of [new Response('', { status: 401 }), new Response('anonymousUser', { headers: { 'Content-Type': 'text/plain' } })]) {
      const sent = fetchStub(answer, json({}), json({}));
      startPageRequests('', '?name=a');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(sent).toEqual([
        '/api/session/userName',
        '/plugin/datafor-modeler/api/connection/get?name=a',
        '/plugin/datafor-modeler/api/connection/poolingParameters',
      ]);
    }
  });

  it('without a connection in the address: the list and the user, and the app takes the list', async () => {
    const sent = fetchStub(json({ success: true, databaseConnections: [{ name: 'a b', accessMap: [{ name: '1', value: 'true' }] }] }), json({}));
    const responses = startPageRequests('', '?embed=0');
    expect(sent).toEqual(['/plugin/datafor-modeler/api/connection/list?includeAccessMap=true', '/api/session/userName']);
    vi.stubGlobal('fetch', vi.fn(async (url: string) => Promise.reject(new Error(`sent again: ${url}`))));
    const list = await new QueryClient().fetchQuery(connectionQueries(createApiClient({ apiBase: '', early: responses })).list());
    expect(list.map((c) => c.name)).toEqual(['a b']);
  });
});

describe('an early answer', () => {
  const schema = z.looseObject({ success: z.boolean() });

  it('is used once: the same GET later goes out as usual', async () => {
    const sent = fetchStub(json({ success: false }));
    const client = createApiClient({ apiBase: '', early: createEarlyResponses([['/p', early(json({ success: true }))]]) });
    await expect(client.request('/p', { schema })).resolves.toEqual({ success: true });
    await expect(client.request('/p', { schema })).resolves.toEqual({ success: false });
    expect(sent).toEqual(['/p']);
  });

  it('is only for a GET of the very same URL', async () => {
    const sent = fetchStub(json({ success: true }), json({ success: true }));
    const client = createApiClient({ apiBase: '', early: createEarlyResponses([['/p', early(json({ success: false }))]]) });
    await client.request('/p', { method: 'POST', body: { a: 1 }, schema });
    await client.request('/p', { query: { name: 'x' }, schema });
    expect(sent).toEqual(['/p', '/p?name=x']);
  });

  it('that says the session is missing waits for sign-in like any call, then asks the server again', async () => {
    const sent = fetchStub(json({ success: true }));
    const client = createApiClient({
      apiBase: '',
      early: createEarlyResponses([['/p', early(json({ success: false, code: '401' }))]]),
    });
    client.signIn.subscribe(() => {
      if (client.signIn.isWaiting()) queueMicrotask(() => client.signIn.settle(true));
    });
    await expect(client.request('/p', { schema })).resolves.toEqual({ success: true });
    expect(sent).toEqual(['/p']);
  });

  it('is never used after a sign-in: those answers belong to the session before it', async () => {
    const stale = early(json({ success: false }));
    const sent = fetchStub(json({ success: true }));
    const client = createApiClient({ apiBase: '', early: createEarlyResponses([['/later', stale]]) });
    void client.signIn.request();
    client.signIn.settle(true);
    await expect(client.request('/later', { schema })).resolves.toEqual({ success: true });
    expect(sent).toEqual(['/later']);
    expect(stale.aborted).toBe(true);
  });

  it('is stopped when its caller gives up', async () => {
    let settle: (response: Response) => void = () => undefined;
    const slow = early(new Promise<Response>((resolve) => (settle = resolve)));
    const client = createApiClient({ apiBase: '', early: createEarlyResponses([['/p', slow]]) });
    const controller = new AbortController();
    const pending = client.request('/p', { schema, signal: controller.signal });
    controller.abort();
    settle(json({ success: true }));
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    expect(slow.aborted).toBe(true);
  });
});

describe('the API base read before the app validates the configuration', () => {
  it.each([
    [null, ''],
    ['{"apiBase": ""}', ''],
    ['{"trustedOrigins": []}', ''],
    ['{"apiBase": " /datafor/ "}', '/datafor'],
  ])('%s → %j', (content, base) => {
    expect(sameOriginApiBase(pageWithConfig(content))).toBe(base);
  });

  it.each([
    ['not json'],
    ['{"apiBase": "https://bi.example"}'],
    ['{"apiBase": "//evil.example"}'],
    ['{"apiBase": 3}'],
  ])('%s → nothing is requested early', (content) => {
    expect(sameOriginApiBase(pageWithConfig(content))).toBeNull();
  });
});

describe('a read an early answer told', () => {
  const started = () => {
    const handle = early(json({}));
    return vi.fn(() => handle);
  };

  it('is sent when the app has not asked for it yet, and the app then takes it', () => {
    const responses = createEarlyResponses([]);
    const start = started();
    responses.follow('/roles?user=a', start);
    expect(start).toHaveBeenCalledTimes(1);
    expect(responses.take('/roles?user=a')).toBeDefined();
  });

  it('is not sent when the app has asked for it already, or the early answers were dropped (a sign-in)', () => {
    const asked = createEarlyResponses([]);
    expect(asked.take('/roles?user=a')).toBeUndefined();
    const start = started();
    asked.follow('/roles?user=a', start);
    const dropped = createEarlyResponses([]);
    dropped.drop();
    dropped.follow('/roles?user=a', start);
    expect(start).not.toHaveBeenCalled();
    expect(dropped.take('/roles?user=a')).toBeUndefined();
  });
});
