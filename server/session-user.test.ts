/**
 * The two Pentaho platform calls the page's header uses to say who is signed in: the session's
 * user name as text/plain, and that user's roles (Datafor's user type among them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH, basicHeader, startTestServer, type TestServer } from './testing/harness';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.dispose();
});

async function sessionCookie(user: string, password: string): Promise<string> {
  const response = await fetch(`${server.url}${AUTH}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: user, password }).toString(),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('GET /api/session/userName', () => {
  it('answers the session user name as text/plain, never cached', async () => {
    const cookie = await sessionCookie('creator', 'creator123');
    const response = await fetch(`${server.url}/api/session/userName`, { headers: { Cookie: cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe('creator');
  });

  it('knows HTTP Basic callers too', async () => {
    const response = await fetch(`${server.url}/api/session/userName`, { headers: basicHeader('reader') });
    expect(await response.text()).toBe('reader');
  });

  it('is 401 without a session, naming nobody', async () => {
    const response = await fetch(`${server.url}/api/session/userName`);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('');
  });
});

describe('GET /api/userrolelist/getRolesForUser', () => {
  it("lists the caller's own roles, the Datafor user type first", async () => {
    const response = await fetch(`${server.url}/api/userrolelist/getRolesForUser?user=creator`, { headers: basicHeader('creator') });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ roles: ['SYS_Creator', 'Authenticated'] });
  });

  it("refuses another user's roles to a non-administrator, and gives them to an administrator", async () => {
    const refused = await fetch(`${server.url}/api/userrolelist/getRolesForUser?user=admin`, { headers: basicHeader('reader') });
    expect(refused.status).toBe(403);
    const given = await fetch(`${server.url}/api/userrolelist/getRolesForUser?user=reader`, { headers: basicHeader('admin') });
    expect(await given.json()).toEqual({ roles: ['SYS_Reader', 'Authenticated'] });
    const unknown = await fetch(`${server.url}/api/userrolelist/getRolesForUser?user=nobody`, { headers: basicHeader('admin') });
    expect(unknown.status).toBe(404);
  });

  it('is 401 without a session', async () => {
    const response = await fetch(`${server.url}/api/userrolelist/getRolesForUser?user=admin`);
    expect(response.status).toBe(401);
  });
});
