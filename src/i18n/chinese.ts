/**
 * The Chinese strings by their English text, as the production build ships them: the build
 * (chinese-chunk-plugin.ts) fills this module in and takes the `zh` out of each entry. From
 * source (tests, `npm run dev`) every entry still carries its own `zh`, so this stays empty.
 */
const chineseByEnglish: Readonly<Record<string, string>> = {};
export default chineseByEnglish;
