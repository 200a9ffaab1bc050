/**
 * Where the page's reads live on Datafor. In a module of its own, free of everything else, so
 * that the early-requests script (src/early-requests.ts) can send the page's first GETs to
 * exactly the URLs the app will ask for, without loading the app.
 */
export const CONNECTION_API = '/plugin/datafor-modeler/api/connection';
export const LIST_PATH = `${CONNECTION_API}/list`;
/** The list is only ever read with each entry's access map: it decides what the user may do. */
export const LIST_QUERY = { includeAccessMap: true } as const;
export const GET_PATH = `${CONNECTION_API}/get`;
export const POOL_PARAMETERS_PATH = `${CONNECTION_API}/poolingParameters`;
/** Pentaho's platform API (Datafor documents no "who am I" call): the session's user name, text/plain. */
export const USER_NAME_PATH = '/api/session/userName';
/** Pentaho's platform API: the roles of a user (`?user=NAME`), Datafor's user types among them. */
export const ROLES_PATH = '/api/userrolelist/getRolesForUser';

/** The user name in `USER_NAME_PATH`'s answer: one line of text; Spring's placeholder for nobody is not a name. */
export function userNameFromAnswer(text: string): string | null {
  const name = text.trim();
  return name !== '' && name.length <= 255 && !/[\n\r<>]/.test(name) && name !== 'anonymousUser' ? name : null;
}
