/**
 * Turns a request body into a connection, or into one specific, human-readable reason why it
 * is not one. Validation uses the wire schema the app itself parses with (one definition),
 * plus the rules Datafor's server applies on save: the name rules and a numeric port.
 */
import type { FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { wireConnectionSchema, type WireConnection } from '../src/connection/wire';

// zod/mini (shared with the browser, where bytes count) ships without messages: give the
// server's answers zod's English ones, so a bad body says what is wrong.
z.config(en());

export interface ParsedConnection {
  ok: true;
  /** The body exactly as sent (unknown keys included): this is what gets stored. */
  body: Record<string, unknown>;
  connection: WireConnection;
  /** The name to use (trimmed when the endpoint trims). */
  name: string;
}

export type ParseResult = ParsedConnection | { ok: false; msg: string };

/** `null`, `""` and, inherited from Pentaho, a string of only `*` mean "keep the stored password". */
export function keepsStoredPassword(password: unknown): boolean {
  return password === undefined || password === null || (typeof password === 'string' && /^\**$/.test(password));
}

function describeCharacter(char: string): string {
  const named: Record<string, string> = { '/': '"/"', '\\': '"\\"', '\t': 'a tab', '\r': 'a carriage return', '\n': 'a line break' };
  return named[char] ?? `the control character U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The Pentaho dialog's name rules (CONTRACT.md); undefined when the name is acceptable. */
export function validateConnectionName(name: string): string | undefined {
  if (name.trim() === '') return 'the connection name is empty';
  if (name !== name.trim()) return `the connection name "${name}" starts or ends with a space`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  const bad = /[/\\\u0000-\u001f\u007f-\u009f]/u.exec(name);
  if (bad) return `the connection name may not contain ${describeCharacter(bad[0])}`;
  return undefined;
}

function formatIssues(error: z.core.$ZodError): string {
  const issues = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `invalid connection: ${issues.join('; ')}${more}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

export function parseConnectionBody(request: FastifyRequest, options: { purpose: 'add' | 'update' | 'test' }): ParseResult {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const body: unknown = request.body;
  if (body === undefined || body === '') {
    return { ok: false, msg: 'the request body is empty: send the connection as a JSON object' };
  }
  if (contentType !== 'application/json') {
    return { ok: false, msg: `unsupported Content-Type "${contentType || '(none)'}": send the connection as application/json` };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, msg: `the request body must be a JSON object (a connection), not ${kindOf(body)}` };
  }
  const raw = body as Record<string, unknown>;
  if (!('name' in raw)) return { ok: false, msg: 'invalid connection: name is missing' };
  const result = wireConnectionSchema.safeParse(raw);
  if (!result.success) return { ok: false, msg: formatIssues(result.error) };
  const connection = result.data;
  const name = options.purpose === 'add' ? connection.name.trim() : connection.name;
  if (options.purpose === 'test') return { ok: true, body: raw, connection, name };
  const nameProblem = validateConnectionName(name);
  if (nameProblem) return { ok: false, msg: nameProblem };
  // Datafor parses the port as a number on save.
  const port = connection.databasePort ?? '';
  if (port !== '' && !/^\d+$/.test(port)) {
    return { ok: false, msg: `the port "${connection.databasePort ?? ''}" is not a number` };
  }
  if (port !== '' && (Number(port) < 1 || Number(port) > 65535)) {
    return { ok: false, msg: `the port ${port} is outside 1–65535` };
  }
  return { ok: true, body: raw, connection, name };
}
