/**
 * How the API reads bodies and reports failures. Bodies (JSON and sign-in forms) must be valid
 * UTF-8 holding well-formed text: a byte sequence decoded with replacement characters, or a
 * lone surrogate that SQLite would store as U+FFFD, would silently rename a field. Failures of
 * the framework (bad JSON, a body too large…) get the endpoint's own failure shape with a
 * specific message; server errors say only "database connection operation failed".
 */
import { isUtf8 } from 'node:buffer';
import type { FastifyError, FastifyRequest } from 'fastify';
import { BODY_LIMIT_BYTES, failed, isApiPath, OPERATION_FAILED } from '../envelope';
import { appWide } from './context';

type ErrorStyle = 'envelope' | 'status';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `status`: the endpoint answers failures with real HTTP codes (get, test); else HTTP 200 envelopes. */
    errorStyle?: ErrorStyle;
  }
}

const BAD_BODY = 'DATAFOR_BAD_BODY';

class BadBody extends Error {
  readonly statusCode = 400;
  readonly code = BAD_BODY;
}

/** Offset of the first byte that is not part of well-formed UTF-8, or -1. */
export function firstInvalidUtf8Byte(bytes: Buffer): number {
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] ?? 0;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) {
      return i;
    }
    i += length;
  }
  return -1;
}

function decodeUtf8(bytes: Buffer): string {
  const bad = firstInvalidUtf8Byte(bytes);
  if (bad >= 0) {
    throw new BadBody(`the request body is not valid UTF-8 (byte ${bad} is 0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')}): send the body encoded as UTF-8`);
  }
  return bytes.toString('utf8');
}

const LONE_SURROGATE = /\p{Cs}/u;

function loneSurrogateMessage(text: string, where: string): string {
  const unit = LONE_SURROGATE.exec(text)?.[0].charCodeAt(0) ?? 0;
  return `the request body contains a lone UTF-16 surrogate (\\u${unit.toString(16).toUpperCase()}) in ${where}: such text cannot be stored; send well-formed Unicode`;
}

function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__' || (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value)) {
        throw new BadBody('the request body contains a forbidden "__proto__" or "constructor.prototype" key');
      }
      if (LONE_SURROGATE.test(key)) throw new BadBody(loneSurrogateMessage(key, 'a key'));
      if (typeof value === 'string' && LONE_SURROGATE.test(value)) throw new BadBody(loneSurrogateMessage(value, `"${key}"`));
      return value;
    });
  } catch (error) {
    if (error instanceof SyntaxError) throw new BadBody(`the request body is not valid JSON: ${error.message}`, { cause: error });
    throw error;
  }
}

/** `a=1&b=2` as fields (the last of repeated names wins); a bad %-escape is refused, not replaced. */
function parseFormBody(text: string): Record<string, string> {
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const [rawName, rawValue] = equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
    try {
      fields[decodeURIComponent(rawName.replace(/\+/g, ' '))] = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      throw new BadBody('the form contains a %-escape that is not valid UTF-8: send the form encoded as UTF-8');
    }
  }
  return fields;
}

function frameworkErrorMessage(error: FastifyError, request: FastifyRequest): string {
  switch (error.code) {
    case BAD_BODY:
      return error.message;
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'the request body is empty: send the connection as a JSON object';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return `the request body is not valid JSON (${error.message})`;
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `the request body is larger than the ${BODY_LIMIT_BYTES / 1024 / 1024} MiB limit`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return `unsupported Content-Type "${request.headers['content-type'] ?? ''}": send application/json`;
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'the Content-Length header does not match the body';
    default:
      return error.message;
  }
}

export const apiConventionsPlugin = appWide(async (app) => {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      const text = decodeUtf8(body as Buffer);
      done(null, text.trim() === '' ? undefined : parseJsonBody(text));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      done(null, parseFormBody(decodeUtf8(body as Buffer)));
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error(error);
    const msg = status >= 500 ? OPERATION_FAILED : frameworkErrorMessage(error, request);
    if (!isApiPath(request.url)) return reply.code(status).send({ success: false, msg });
    if (request.routeOptions.config.errorStyle === 'status') {
      return reply.code(status >= 500 ? 500 : 400).send({ success: false, msg });
    }
    return reply.code(200).send(failed(status >= 500 ? '500' : '400', msg));
  });
}, 'datafor-api-conventions');
