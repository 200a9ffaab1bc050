import { useCallback } from 'react';
import { useLocale } from '../../i18n/i18n';
import { validationMessageText } from '../../connection/validation-messages';

/**
 * The form schema's messages are keys (so the server can share it); this turns one into
 * words in the current language. Returns undefined when there is no error.
 */
export function useErrorText(): (message: string | undefined) => string | undefined {
  const locale = useLocale();
  return useCallback(
    (message: string | undefined) => (message ? validationMessageText(message, locale) : undefined),
    [locale],
  );
}
