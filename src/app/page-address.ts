/**
 * What the standalone page reads from its own address and document before anything else: in a
 * module free of React and zod, so the early-requests script can read it too.
 */

/** The `<meta>` holding the runtime configuration (src/app/config.ts validates it). */
export const CONFIG_META_NAME = 'datafor-editor-config';

/** `?embed=1` only hides chrome; where the API lives never comes from the URL. */
export function isIframeMode(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

/** The connection the address opens (`?name=…`), or null. */
export function readConnectionName(search: string = window.location.search): string | null {
  const name = new URLSearchParams(search).get('name');
  return name === null || name === '' ? null : name;
}
