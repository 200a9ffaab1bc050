/**
 * The part of the server's answer to a save worth showing beside "Connection saved.". Datafor
 * answers a good save with `msg: "success"` (any case): repeating it reads as noise ("The server
 * said: success"), so only words that add something are kept.
 */
export function serverWordsAfterSave(msg: string | null | undefined): string | null {
  const words = msg?.trim() ?? '';
  if (words === '' || /^(success|succeeded|ok|成功)\.?$/i.test(words)) return null;
  return words;
}
