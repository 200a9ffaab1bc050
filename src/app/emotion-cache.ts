/**
 * The cache Emotion keeps the editor's styles in, one per mounted editor. Two things make its
 * first render of a connection cheaper than Emotion's defaults (issue 10's form-ready budget):
 *
 * - Prefixing: only `user-select` (see prefixUserSelect), not Stylis's whole prefixer.
 * - Rules the browser refuses are not inserted. MUI writes some for other engines only
 *   (`::-moz-focus-inner` on every button, `::-moz-placeholder` and `::-ms-input-placeholder`
 *   on every text box). A browser that does not know such a selector refuses the rule:
 *   `insertRule` throws and Emotion swallows the error. Nothing changes on screen, but each
 *   throw builds an exception with its stack: 43 of them cost ~25 ms of the ~40 ms spent
 *   inserting rules. So a rule whose selector names a vendor pseudo-class or pseudo-element the
 *   browser does not support is skipped: the same styles apply, without the throws.
 */
import createCache, { type EmotionCache, type StylisPlugin } from '@emotion/cache';

/** `::-moz-placeholder`, `:-ms-input-placeholder`, `::-webkit-scrollbar`… */
const VENDOR_PSEUDO = /::?-(?:webkit|moz|ms|o)-[\w-]+/g;

/** Whether this browser parses a selector with the given pseudo-class or pseudo-element. */
export type PseudoSupport = (pseudo: string) => boolean;

/**
 * Asks the browser's own style parser, in a sheet of its own: `CSS.supports('selector(…)')`
 * disagrees with it on some (it refuses `::-webkit-search-decoration`, which rules accept).
 */
const browserPseudoSupport: PseudoSupport = (pseudo) => {
  let probe: CSSStyleSheet;
  try {
    probe = new CSSStyleSheet();
  } catch {
    return true; // no constructable sheets: insert everything, as Emotion does
  }
  try {
    probe.insertRule(`*${pseudo}{}`);
    return true;
  } catch {
    return false;
  }
};

/**
 * Whether the browser would refuse this rule for its selector. At-rules pass: a browser drops
 * the rules it cannot parse inside `@media` without refusing the `@media` rule. One check per
 * distinct pseudo.
 */
export function refusedRuleTest(supports: PseudoSupport = browserPseudoSupport): (rule: string) => boolean {
  const known = new Map<string, boolean>();
  return (rule) => {
    if (rule.startsWith('@')) return false;
    const selector = rule.slice(0, rule.indexOf('{'));
    for (const [pseudo] of selector.matchAll(VENDOR_PSEUDO)) {
      let supported = known.get(pseudo);
      if (supported === undefined) {
        supported = supports(pseudo);
        known.set(pseudo, supported);
      }
      if (!supported) return true;
    }
    return false;
  };
}

/**
 * The one vendor prefix the editor's styles still need: Safari has no unprefixed `user-select`
 * (MUI's buttons, labels and icons set it). Emotion's default plugin is Stylis's whole prefixer,
 * written for browsers long gone: it doubles or triples every flex, transition and transform
 * declaration, copies each `::placeholder` and `:read-only` rule for Firefox and IE, and every
 * keyframes block for old WebKit: ~35 ms of CPU while a connection first renders (CPU
 * profiles), a quarter of the CSS inserted. The build's targets (Vite's baseline: Chrome and
 * Edge 111, Firefox 114, Safari 16.4) take every other property unprefixed.
 */
export const prefixUserSelect: StylisPlugin = (element) => {
  // 'decl' is Stylis's DECLARATION; `props` holds the property name, `value` the whole declaration.
  if (element.type === 'decl' && element.props === 'user-select' && !element.return) {
    element.return = `-webkit-${element.value}${element.value}`;
  }
};

export function createEditorStyleCache(container?: Node, supports?: PseudoSupport): EmotionCache {
  const cache = createCache({
    key: 'datafor',
    // Prepended so a host page's own rules, loaded later, keep their precedence over ours
    // on the standalone page, and inside a shadow root the styles stay in the root.
    prepend: true,
    stylisPlugins: [prefixUserSelect],
    ...(container ? { container } : {}),
  });
  // The sheet's insert is where a rule meets the browser, after the Stylis plugins have made
  // it: the one place that sees every rule as inserted.
  const refused = refusedRuleTest(supports);
  const insert = cache.sheet.insert.bind(cache.sheet);
  cache.sheet.insert = (rule) => {
    if (!refused(rule)) insert(rule);
  };
  return cache;
}
