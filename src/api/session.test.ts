import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from './client';
import { answerProvesSession, fetchSignedInUser, sessionKeys, userTypeOf } from './session';

function text(body: string, status = 200, contentType = 'text/plain;charset=UTF-8'): Response {
  return new Response(body, { status, headers: { 'Content-Type': contentType } });
}
function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function serve(...answers: Response[]) {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(url);
      const next = answers.shift();
      if (!next) throw new Error(`unexpected fetch ${url}`);
      return next;
    }),
  );
  return urls;
}

afterEach(() => vi.unstubAllGlobals());

describe('who is signed in', () => {
  it("reads Pentaho's user name, then that user's roles, and keeps the Datafor user type", async () => {
    const urls = serve(text('creator\n'), json({ roles: ['SYS_Creator', 'Authenticated'] }));
    const client = createApiClient({ apiBase: '/datafor' });
    await expect(fetchSignedInUser(client)).resolves.toEqual({ name: 'creator', userType: 'SYS_Creator' });
    expect(urls).toEqual(['/datafor/api/session/userName', '/datafor/api/userrolelist/getRolesForUser?user=creator']);
  });

  it('takes a single role given as a bare string', async () => {
    serve(text('reader'), json({ roles: 'SYS_Reader' }));
    await expect(fetchSignedInUser(createApiClient({ apiBase: '' }))).resolves.toEqual({ name: 'reader', userType: 'SYS_Reader' });
  });

  it('shows the name alone when the roles cannot be read or name no user type', async () => {
    serve(text('pat'), json({ success: false, msg: 'forbidden' }, 403), text('suzy'), json({ roles: ['Power User'] }));
    const client = createApiClient({ apiBase: '' });
    await expect(fetchSignedInUser(client)).resolves.toEqual({ name: 'pat', userType: null });
    await expect(fetchSignedInUser(client)).resolves.toEqual({ name: 'suzy', userType: null });
  });

  it.each([
    ['a 404', text('', 404)],
    ['an HTML start page', text('<!doctype html><title>x</title>', 200, 'text/html')],
    ['Spring’s anonymous user', text('anonymousUser')],
    ['an empty answer', text('  ')],
  ])('names nobody for %s, and asks for no sign-in', async (_case, answer) => {
    serve(answer);
    const client = createApiClient({ apiBase: '' });
    await expect(fetchSignedInUser(client)).resolves.toBeNull();
    expect(client.signIn.isWaiting()).toBe(false);
  });

  it('names nobody without a session, without opening the sign-in dialog', async () => {
    serve(text('', 401));
    const client = createApiClient({ apiBase: '' });
    await expect(fetchSignedInUser(client)).resolves.toBeNull();
    expect(client.signIn.isWaiting()).toBe(false);
  });

  it('a user holding several types is shown with the strongest', () => {
    expect(userTypeOf(['SYS_Reader', 'Administrator'])).toBe('Administrator');
    expect(userTypeOf(['Authenticated'])).toBeNull();
  });
});

describe('answerProvesSession', () => {
  it('a null signed-in user (the server would not say who) proves no session; a named one does', () => {
    expect(answerProvesSession(sessionKeys.user(), null)).toBe(false);
    expect(answerProvesSession(sessionKeys.user(), { name: 'admin', userType: 'Administrator' })).toBe(true);
  });

  it('any other successful query proves the server let the page in', () => {
    expect(answerProvesSession(['connections', 'detail', 'foodmart2'], null)).toBe(true);
    expect(answerProvesSession(['connections', 'list'], [])).toBe(true);
  });
});
