/**
 * A small Datafor for component and unit tests, on MSW: `get`, `list`, `poolingParameters`,
 * `update`, `add`, `checkexists`, `deletebyname` and sign-in, over an in-memory copy of foodmart2 exactly as the API documentation
 * shows it. Every request is recorded, so a test can say what was sent and in which order.
 * Tests change the server's behaviour with `server.use(...)` (one-off answers) or by editing
 * `datafor.connections` (someone else saving meanwhile).
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { FOODMART2_DOCUMENTED_BODY } from '../connection/documented-example';
import { POOL_PARAMETERS } from '../connection/pool';
import { PERMISSION, type WireConnection } from '../connection/wire';

/** Absolute, because Node's fetch (under MSW) has no page to resolve a relative URL against. */
export const API_BASE = 'http://datafor.test/datafor';
export const CONNECTION_API = `${API_BASE}/plugin/datafor-modeler/api/connection`;
export const LOGIN_URL = `${API_BASE}/plugin/datafor/api/extension/auth/login`;

export function foodmart2(): WireConnection {
  return structuredClone(FOODMART2_DOCUMENTED_BODY) as unknown as WireConnection;
}

export interface RecordedRequest {
  /** `get`, `list`, `poolingParameters`, `update`, `login`, … */
  endpoint: string;
  method: string;
  /** The parsed JSON body (update) or null. */
  body: unknown;
}

export interface MockDatafor {
  /** What the server holds, by name. */
  connections: Map<string, WireConnection>;
  requests: RecordedRequest[];
  /** The bodies of every `update` call, in order. */
  updates(): WireConnection[];
  /** Endpoints in the order they were called, e.g. ['get', 'update']; only `endpoints` if given. */
  calls(...endpoints: string[]): string[];
  /** Forgets the requests so far (e.g. the editor's first load). */
  forget(): void;
}

const endpointOf = (url: string) => new URL(url).pathname.split('/').pop() ?? '';

function createHandlers(datafor: MockDatafor): RequestHandler[] {
  const record = async (request: Request) => {
    const text = request.method === 'GET' ? '' : await request.clone().text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    datafor.requests.push({ endpoint: endpointOf(request.url), method: request.method, body });
  };
  return [
    http.get(`${CONNECTION_API}/get`, async ({ request }) => {
      await record(request);
      const name = new URL(request.url).searchParams.get('name') ?? '';
      const stored = datafor.connections.get(name);
      if (!stored) return HttpResponse.json({ success: false, code: '404', msg: `connection ${name} not found` }, { status: 404 });
      return HttpResponse.json({ ...stored, password: null });
    }),
    http.get(`${CONNECTION_API}/list`, async ({ request }) => {
      await record(request);
      const full = [{ name: PERMISSION.full, value: 'true' }];
      return HttpResponse.json({
        success: true,
        databaseConnections: [...datafor.connections.values()].map((c) => ({
          name: c.name,
          id: c.id,
          databaseType: c.databaseType,
          accessMap: full,
        })),
      });
    }),
    // Pentaho's "who is signed in" (src/api/session.ts): the page's header asks.
    http.get(`${API_BASE}/api/session/userName`, () => new HttpResponse('admin', { headers: { 'Content-Type': 'text/plain' } })),
    http.get(`${API_BASE}/api/userrolelist/getRolesForUser`, () => HttpResponse.json({ roles: ['Administrator'] })),
    http.get(`${CONNECTION_API}/poolingParameters`, async ({ request }) => {
      await record(request);
      return HttpResponse.json({
        databaseConnectionPoolParameters: POOL_PARAMETERS.map(({ parameter, defaultValue, description }) => ({
          parameter,
          defaultValue,
          description,
        })),
      });
    }),
    http.post(`${CONNECTION_API}/update`, async ({ request }) => {
      await record(request);
      const body = (await request.json()) as WireConnection;
      for (const [name, stored] of datafor.connections) {
        if (stored.id === body.id) datafor.connections.delete(name);
      }
      datafor.connections.set(body.name, { ...body, password: null });
      return HttpResponse.json({ success: true, code: '200', msg: 'success' });
    }),
    http.get(`${CONNECTION_API}/checkexists`, async ({ request }) => {
      await record(request);
      const name = (new URL(request.url).searchParams.get('name') ?? '').toLowerCase();
      return HttpResponse.json({ success: true, exists: [...datafor.connections.keys()].some((k) => k.toLowerCase() === name) });
    }),
    http.post(`${CONNECTION_API}/add`, async ({ request }) => {
      await record(request);
      const body = (await request.json()) as WireConnection;
      if ([...datafor.connections.keys()].some((k) => k.toLowerCase() === body.name.toLowerCase())) {
        return HttpResponse.json({ success: false, code: '500', msg: `a connection named "${body.name}" already exists` });
      }
      datafor.connections.set(body.name, { ...body, id: `id-of-${body.name}`, password: null });
      return HttpResponse.json({ success: true, code: '200' });
    }),
    http.delete(`${CONNECTION_API}/deletebyname`, async ({ request }) => {
      await record(request);
      const name = new URL(request.url).searchParams.get('name') ?? '';
      if (!datafor.connections.delete(name)) {
        return HttpResponse.json({ success: false, code: '500', msg: `CONNECTION_DELETE_FORBIDDEN: may not delete connection "${name}"` });
      }
      return HttpResponse.json({ success: true, code: '200' });
    }),
    http.post(LOGIN_URL, async ({ request }) => {
      await record(request);
      return HttpResponse.json({ success: true, code: '200' });
    }),
  ];
}

export const server = setupServer();

/**
 * Starts the mock server for the calling test file and gives every test a fresh foodmart2.
 * Unhandled requests fail the test: a call nobody expected is a finding.
 */
export function setUpMockDatafor(): MockDatafor {
  const datafor: MockDatafor = {
    connections: new Map(),
    requests: [],
    updates: () => datafor.requests.filter((r) => r.endpoint === 'update').map((r) => r.body as WireConnection),
    calls: (...endpoints) =>
      datafor.requests.filter((r) => endpoints.length === 0 || endpoints.includes(r.endpoint)).map((r) => r.endpoint),
    forget: () => {
      datafor.requests = [];
    },
  };
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    datafor.connections = new Map([['foodmart2', foodmart2()]]);
    datafor.requests = [];
    server.resetHandlers(...createHandlers(datafor));
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return datafor;
}

/** A one-off answer for the next call to `endpoint` (recorded like any other), then the normal one. */
export function answerOnce(
  datafor: MockDatafor,
  method: 'get' | 'post' | 'delete',
  endpoint: string,
  answer: () => Response | Promise<Response>,
): void {
  server.use(
    http[method](
      `${CONNECTION_API}/${endpoint}`,
      async ({ request }) => {
        datafor.requests.push({ endpoint, method: request.method, body: method === 'post' ? await request.clone().json() : null });
        return answer();
      },
      { once: true },
    ),
  );
}
