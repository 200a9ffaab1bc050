/**
 * Sign-in and sign-out against Datafor's documented auth endpoints, and who is signed in.
 *
 * Datafor documents no "who am I" call. It runs on Pentaho's platform, which answers
 * `GET /api/session/userName` (the session's user name, text/plain) and
 * `GET /api/userrolelist/getRolesForUser?user=NAME` (`{"roles": [...]}`); Datafor's user types
 * (Administrator, SYS_Creator, SYS_Reader) are roles there. A server that answers neither, or
 * something else, yields no user: the page then shows nobody rather than a guess.
 */
import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { envelopeSchema, type UserType } from '../connection/wire';
import { DataforError, type ApiClient } from './client';
import { ROLES_PATH, USER_NAME_PATH, userNameFromAnswer } from './endpoints';

const AUTH_API = '/plugin/datafor/api/extension/auth';

/**
 * Posts the credentials as form fields (never in the URL) and lets the browser keep the
 * session cookie. A refusal throws a DataforError carrying the server's message.
 */
export async function signIn(client: ApiClient, username: string, password: string): Promise<void> {
  await client.request(`${AUTH_API}/login`, {
    method: 'POST',
    body: new URLSearchParams({ username, password }),
    schema: envelopeSchema,
    envelope: true,
    // A wrong password must be reported in the dialog, not reopen it.
    resumeAfterSignIn: false,
  });
}

export async function signOut(client: ApiClient): Promise<void> {
  // Logout answers differ between servers (JSON, a redirect page): any answer means done.
  await client.request(`${AUTH_API}/logout`, { schema: z.unknown(), resumeAfterSignIn: false }).catch((error: unknown) => {
    if (error instanceof DataforError && (error.kind === 'invalid-response' || error.kind === 'unauthorized')) return;
    throw error;
  });
}

export interface SignedInUser {
  name: string;
  /** null when the server does not say. */
  userType: UserType | null;
}

// Pentaho's JSON writer gives a one-element list as a bare string.
const rolesSchema = z.looseObject({ roles: z.optional(z.union([z.string(), z.array(z.string())])) });

/** Most rights first: a user holding several types is shown with the strongest. */
const TYPES_BY_RANK: readonly UserType[] = ['Administrator', 'SYS_Creator', 'SYS_Reader'];

export function userTypeOf(roles: readonly string[]): UserType | null {
  return TYPES_BY_RANK.find((type) => roles.includes(type)) ?? null;
}

/**
 * The signed-in user, or null when the server does not tell. Never opens the sign-in dialog:
 * knowing the name is a courtesy, not a reason to interrupt anyone.
 */
export async function fetchSignedInUser(client: ApiClient, signal?: AbortSignal): Promise<SignedInUser | null> {
  let name: string | null;
  try {
    name = userNameFromAnswer(await client.request(USER_NAME_PATH, { schema: z.string(), responseType: 'text', resumeAfterSignIn: false, signal }));
  } catch (error) {
    if (error instanceof DataforError && error.kind === 'aborted') throw error;
    return null;
  }
  if (name === null) return null;
  const roles = await client
    .request(ROLES_PATH, { query: { user: name }, schema: rolesSchema, resumeAfterSignIn: false, signal })
    .then(({ roles: answer }) => (typeof answer === 'string' ? [answer] : (answer ?? [])))
    .catch(() => []);
  return { name, userType: userTypeOf(roles) };
}

export const sessionKeys = {
  all: ['session'] as const,
  user: () => [...sessionKeys.all, 'user'] as const,
};

/**
 * Whether a successful query shows that the server let this page in. The signed-in user's query
 * succeeds with `null` when the server would not say who is signed in — on a first visit too —
 * so that answer proves nothing; taken as proof, it turned a first visit into "your session has
 * ended" whenever it came back before the connection's 401.
 */
export function answerProvesSession(queryKey: readonly unknown[], data: unknown): boolean {
  const isUserQuery = queryKey.length === sessionKeys.user().length && sessionKeys.user().every((part, i) => queryKey[i] === part);
  return !(isUserQuery && data === null);
}

export function signedInUserQuery(client: ApiClient) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one QueryClient per API client (AppProviders)
  return queryOptions({
    queryKey: sessionKeys.user(),
    queryFn: ({ signal }) => fetchSignedInUser(client, signal),
    staleTime: Infinity,
    retry: false,
  });
}
