/**
 * Vite build plugin: each message's Chinese ships only to those who read Chinese.
 *
 * Every entry is written `{ en: '…', zh: '…' }` beside the feature that shows it, so both
 * languages used to reach every browser (about 7 KB gzip of the first load). In the build this
 * plugin takes each literal `zh` out of its entry and puts it, keyed by the entry's English, in
 * `src/i18n/chinese.ts`, a chunk of its own that `loadLocale('zh-CN')` fetches. An English
 * text that has two Chinese renderings keeps its `zh` where it is (the key would be ambiguous),
 * as does any entry built at run time. Nothing changes from source: tests and `npm run dev`
 * read the entries as written.
 *
 * Build-time code: it runs in Node inside Vite and never reaches the browser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parseSync, Visitor, type ESTree, type Plugin } from 'vite';

export interface ChineseEntry {
  en: string;
  zh: string;
  /** The span [start, end) that holds the `zh` property and one comma beside it. */
  cut: readonly [number, number];
}

function literalText(node: ESTree.Expression): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

function propertyName(property: ESTree.ObjectPropertyKind): string | undefined {
  if (property.type !== 'Property' || property.kind !== 'init' || property.computed || property.method) return undefined;
  const key = property.key;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/** Every object literal in `code` whose `en` and `zh` are both literal strings. */
export function findChineseEntries(code: string, filename: string): ChineseEntry[] {
  const parsed = parseSync(filename, code);
  if (parsed.errors.length > 0) throw new Error(`${filename}: ${parsed.errors[0]?.message ?? 'parse error'}`);
  const entries: ChineseEntry[] = [];
  new Visitor({
    ObjectExpression(node) {
      const properties = node.properties;
      let en: string | undefined;
      let zhIndex = -1;
      let zh: string | undefined;
      properties.forEach((property, index) => {
        const name = propertyName(property);
        if (property.type !== 'Property' || name === undefined) return;
        if (name === 'en') en = literalText(property.value as ESTree.Expression);
        if (name === 'zh') {
          zh = literalText(property.value as ESTree.Expression);
          zhIndex = index;
        }
      });
      const zhProperty = properties[zhIndex];
      if (en === undefined || zh === undefined || !zhProperty) return;
      // With one comma beside it (`en` at least stands there), so neither `{ , en }` nor
      // `{ en,, }` is left behind.
      const next = properties[zhIndex + 1];
      const previous = properties[zhIndex - 1];
      const cut = next ? ([zhProperty.start, next.start] as const) : ([previous?.end ?? zhProperty.start, zhProperty.end] as const);
      entries.push({ en, zh, cut });
    },
  }).visit(parsed.program);
  return entries;
}

/**
 * The Chinese of every entry, by its English. An English text with more than one Chinese
 * rendering is left out: its entries keep their own `zh`.
 */
export function chineseDictionary(sources: Iterable<{ code: string; filename: string }>): Map<string, string> {
  const chinese = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const { code, filename } of sources) {
    for (const { en, zh } of findChineseEntries(code, filename)) {
      const known = chinese.get(en);
      if (known !== undefined && known !== zh) ambiguous.add(en);
      chinese.set(en, zh);
    }
  }
  for (const en of ambiguous) chinese.delete(en);
  return new Map([...chinese].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * `code` without the `zh` of the entries the dictionary holds, or undefined when none. The cut
 * text becomes spaces (line breaks stay), so every other character keeps its line and column
 * and the source map needs no change.
 */
export function stripChinese(code: string, filename: string, dictionary: ReadonlyMap<string, string>): string | undefined {
  const cuts = findChineseEntries(code, filename)
    .filter(({ en, zh }) => dictionary.get(en) === zh)
    .map(({ cut }) => cut);
  if (cuts.length === 0) return undefined;
  let stripped = '';
  let from = 0;
  for (const [start, end] of cuts.sort(([a], [b]) => a - b)) {
    stripped += code.slice(from, start) + code.slice(start, end).replace(/[^\r\n]/g, ' ');
    from = end;
  }
  return stripped + code.slice(from);
}

const SOURCE_FILE = /\.tsx?$/;
const NOT_SHIPPED = /\.test\.tsx?$|[\\/](testing|__fixtures__)[\\/]/;

function appSources(sourceRoot: string): { code: string; filename: string }[] {
  return readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })
    .map((relativePath) => join(sourceRoot, relativePath))
    .filter((filename) => SOURCE_FILE.test(filename) && !NOT_SHIPPED.test(filename))
    .map((filename) => ({ filename, code: readFileSync(filename, 'utf8') }));
}

/** The plugin for the app's build; `sourceRoot` is the app's `src/` folder. */
export function chineseChunk(sourceRoot: string): Plugin {
  const chineseModule = join(sourceRoot, 'i18n', 'chinese.ts');
  let dictionary = new Map<string, string>();
  return {
    name: 'datafor-chinese-chunk',
    apply: 'build',
    // Before TypeScript is compiled away, so entries are read exactly as written.
    enforce: 'pre',
    config: () => ({ define: { __DATAFOR_CHINESE_APART__: 'true' } }),
    buildStart() {
      // Read up front: whether an English text is ambiguous depends on every file.
      dictionary = chineseDictionary(appSources(sourceRoot));
    },
    load(id) {
      if (id !== chineseModule) return null;
      return `export default ${JSON.stringify(Object.fromEntries(dictionary))};\n`;
    },
    transform(code, id) {
      if (!id.startsWith(sourceRoot + sep) || !SOURCE_FILE.test(id) || id === chineseModule || !code.includes('zh')) return null;
      const stripped = stripChinese(code, id, dictionary);
      return stripped === undefined ? null : { code: stripped, map: null };
    },
  };
}
