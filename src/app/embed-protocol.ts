/**
 * The iframe's postMessage protocol. Every message carries `source` so host pages that use
 * postMessage for other things can tell ours apart. Messages go only to, and are accepted only
 * from, the configured trusted origins — a page that frames the editor without being trusted
 * neither learns anything nor steers it.
 */
import * as z from 'zod/mini';
import { LOCALES } from '../i18n/messages';

export const EDITOR_MESSAGE_SOURCE = 'datafor-connection-editor';

export type EditorToHostMessage =
  | { source: typeof EDITOR_MESSAGE_SOURCE; type: 'ready'; name: string | null }
  | { source: typeof EDITOR_MESSAGE_SOURCE; type: 'dirty' | 'clean'; name: string | null }
  | { source: typeof EDITOR_MESSAGE_SOURCE; type: 'saved'; name: string; id: string | null }
  | { source: typeof EDITOR_MESSAGE_SOURCE; type: 'closed'; name: string | null }
  | { source: typeof EDITOR_MESSAGE_SOURCE; type: 'resize'; height: number };

export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type EditorEvent = DistributiveOmit<EditorToHostMessage, 'source'>;

const hostToEditorSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open'), name: z.string().check(z.minLength(1), z.maxLength(1000)) }),
  z.object({ type: z.literal('setLocale'), locale: z.enum(LOCALES) }),
]);
export type HostToEditorMessage = z.infer<typeof hostToEditorSchema>;

/** Null for anything that is not a well-formed command from a trusted origin. */
export function acceptHostMessage(
  event: Pick<MessageEvent, 'origin' | 'data'>,
  trustedOrigins: readonly string[],
): HostToEditorMessage | null {
  if (!trustedOrigins.includes(event.origin)) return null;
  const parsed = hostToEditorSchema.safeParse(event.data);
  return parsed.success ? parsed.data : null;
}

export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/**
 * Posts to each trusted origin: the browser delivers it only if the parent really has that
 * origin, so nothing reaches an untrusted framer, and no wildcard is ever used.
 */
export function postToHost(target: MessageTarget, trustedOrigins: readonly string[], event: EditorEvent): void {
  const message = { source: EDITOR_MESSAGE_SOURCE, ...event };
  for (const origin of trustedOrigins) target.postMessage(message, origin);
}
