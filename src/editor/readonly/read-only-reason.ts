export type ReadOnlyReason = 'refused-on-save' | 'reader-user-type' | 'view-only-account' | 'no-edit-permission';

/**
 * Why the form is read-only, in the terms the user can act on. Datafor has no "who am I"
 * endpoint, so the user type is known only when the server names it in a refusal; otherwise
 * the access map of the list tells "no Edit anywhere" (a Reader, or an account nobody granted
 * Edit) from "no Edit on this one".
 */
export function readOnlyReason(input: {
  listed?: readonly { canEdit: boolean }[];
  forbiddenMessage?: string | null;
}): ReadOnlyReason {
  if (input.forbiddenMessage != null) {
    return /SYS_Reader/i.test(input.forbiddenMessage) ? 'reader-user-type' : 'refused-on-save';
  }
  const listed = input.listed;
  if (listed && listed.length > 0 && listed.every((c) => !c.canEdit)) return 'view-only-account';
  return 'no-edit-permission';
}
