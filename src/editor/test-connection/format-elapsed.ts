import { translate, type Locale } from '../../i18n/messages';
import { testConnectionMessages } from './messages';

/** "850 ms" below a second, "1.2 s" above: the precision a person can use. */
export function formatElapsed(ms: number, locale: Locale): string {
  const rounded = Math.max(0, Math.round(ms));
  if (rounded < 1000) return translate(testConnectionMessages.milliseconds, locale, { value: rounded });
  const seconds = rounded / 1000;
  const value = seconds < 10 ? seconds.toFixed(1) : String(Math.round(seconds));
  return translate(testConnectionMessages.seconds, locale, { value });
}
