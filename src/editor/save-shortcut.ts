/** Ctrl+S, or ⌘S on a Mac: Save. By the physical key too, so a non-Latin layout or an IME still gets it. */
export function isSaveShortcut(event: { key: string; code?: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return false;
  return event.key.toLowerCase() === 's' || event.code === 'KeyS';
}
