/**
 * Copies text to the clipboard. The async Clipboard API needs a secure context and the user's
 * permission; on plain-HTTP intranet servers (common for Datafor) it is missing, so fall back
 * to selecting the text in its own field and the legacy copy command.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied or unavailable: try the fallback below.
    }
  }
  if (!field || typeof document === 'undefined') return false;
  try {
    field.focus();
    field.select();
    // Deprecated but still the only synchronous copy that works without the Clipboard API.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
