/**
 * Turns a request body into a connection, or into one specific, human-readable reason why it
 * is not one. Validation uses the wire schema the app itself parses with (one definition),
 * plus the rules Datafor's server applies on save: the name rules and a numeric port.
 */
import type { FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { connectionNameIssue, parsePort } from '../src/connection/rules';
import { wireConnectionSchema, type WireConnection } from '../src/connection/wire';

// zod/mini (shared with the browser, where bytes count) ships without messages: give the
// server's answers zod's English ones, so a bad body says what is wrong.
z.config(en());

export interface ParsedConnection {
  ok: true;
  /** The body exactly as sent (unknown keys included): stored as stored-connection.ts says. */
  body: Record<string, unknown>;
  connection: WireConnection;
  /** The name to use (trimmed when the endpoint trims). */
  name: string;
}

export type ParseResult = ParsedConnection | { ok: false; msg: string };

function describeCharacter(codePoint: number): string {
  const named: Record<number, string> = { 9: 'a tab', 13: 'a carriage return', 10: 'a line break' };
  return named[codePoint] ?? `the control character U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The shared name rules (src/connection/rules.ts) in the server's words; undefined when acceptable. */
export function validateConnectionName(name: string): string | undefined {
  const issue = connectionNameIssue(name);
  if (!issue) return undefined;
  switch (issue.rule) {
    case 'required':
      return 'the connection name is empty';
    case 'surroundingSpaces':
      return `the connection name "${name}" starts or ends with a space`;
    case 'forbiddenCharacter':
      return `the connection name may not contain "${issue.character}"`;
    case 'lineBreakOrTab':
      return `the connection name may not contain ${describeCharacter(/\t/.test(name) ? 9 : /\r/.test(name) ? 13 : 10)}`;
    case 'controlCharacter':
      return `the connection name may not contain ${describeCharacter(issue.codePoint)}`;
    case 'tooLong':
      return `the connection name has ${issue.length} characters; at most ${issue.max} are allowed`;
  }
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
  // Datafor parses the port as a number on save; Pentaho also stores "-1"/"0" for "no port"
  // and ${VAR} variables resolved when the connection runs.
  const port = connection.databasePort ?? '';
  const meaning = parsePort(port);
  if (meaning.kind === 'notInteger') return { ok: false, msg: `the port "${port}" is not a number` };
  if (meaning.kind === 'outOfRange') return { ok: false, msg: `the port ${port} is outside 1–65535` };
  return { ok: true, body: raw, connection, name };
}
