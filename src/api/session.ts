/** Sign-in and sign-out against Datafor's documented auth endpoints. */
import * as z from 'zod/mini';
import { envelopeSchema } from '../connection/wire';
import { DataforError, type ApiClient } from './client';

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
