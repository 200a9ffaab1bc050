/**
 * Turns any failure into words for a person, in the current language. The raw server text
 * stays available (`raw`) so an administrator can still quote it to support.
 */
import { translate, type Locale, type Translation } from '../i18n/messages';
import { isDataforError, type DataforErrorKind } from './client';
import { errorMessages as m } from './messages';

export interface ErrorDescription {
  title: string;
  message: string;
  /** The meaningful code: the documented prefix, else Datafor's envelope code, else the HTTP status. */
  code?: string;
  /** The server's own message or the technical detail, verbatim. */
  raw?: string;
}

const KIND_WORDS: Record<DataforErrorKind, { title: Translation; message: Translation }> = {
  unauthorized: { title: m.unauthorizedTitle, message: m.unauthorized },
  forbidden: { title: m.forbiddenTitle, message: m.forbidden },
  'not-found': { title: m.notFoundTitle, message: m.notFound },
  conflict: { title: m.conflictTitle, message: m.conflict },
  'bad-request': { title: m.badRequestTitle, message: m.badRequest },
  'invalid-response': { title: m.invalidResponseTitle, message: m.invalidResponse },
  network: { title: m.networkTitle, message: m.network },
  timeout: { title: m.timeoutTitle, message: m.timeout },
  aborted: { title: m.abortedTitle, message: m.aborted },
  server: { title: m.serverTitle, message: m.server },
};

export function describeError(error: unknown, locale: Locale): ErrorDescription {
  if (!isDataforError(error)) {
    return {
      title: translate(m.unknownTitle, locale),
      message: translate(m.unknown, locale),
      raw: error instanceof Error ? error.message : error === undefined ? undefined : String(error),
    };
  }
  const words = KIND_WORDS[error.kind];
  const raw = [error.serverMessage, error.detail].filter(Boolean).join('\n') || undefined;
  let message: string;
  if (error.prefix) {
    message = translate(m[error.prefix], locale);
  } else if (error.kind === 'server' && error.serverMessage) {
    // A plain-text reason from the server ("connection not found", "update failed") is
    // clearer than anything generic we could say.
    message = translate(m.serverSaid, locale, { message: error.serverMessage });
  } else if (error.kind === 'server' && error.status !== undefined && error.status !== 200) {
    message = translate(m.serverWithStatus, locale, { status: error.status });
  } else if ((error.kind === 'bad-request' || error.kind === 'conflict') && error.serverMessage) {
    message = `${translate(words.message, locale)} ${translate(m.serverSaid, locale, { message: error.serverMessage })}`;
  } else {
    message = translate(words.message, locale);
  }
  const code = error.prefix ?? error.code ?? (error.status !== undefined ? String(error.status) : undefined);
  return { title: translate(words.title, locale), message, code, raw };
}
