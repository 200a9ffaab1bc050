/**
 * A ref that focuses its element as it is attached, for the control a dialog should open on
 * (the dialog's focus trap keeps a focus that is already inside it). A module-level function,
 * so React attaches it once rather than on every render.
 */
export function focusOnAttach(element: HTMLElement | null): void {
  element?.focus();
}
