/**
 * Runtime configuration: where Datafor's API lives, which host origins the iframe may talk
 * to, and the look. It comes from the host (mount options) or from the page's own
 * `<meta name="datafor-editor-config">` — never from the page URL, so a crafted link cannot
 * point the editor, and the credentials it carries, at another server.
 */
import * as z from 'zod/mini';
import { LOCALES, type Locale } from '../i18n/messages';
import { CONFIG_META_NAME } from './page-address';

export const THEME_MODES = ['light', 'dark', 'system'] as const;
export type ThemeMode = (typeof THEME_MODES)[number];

export interface EditorConfig {
  /** '' when the editor is served by Datafor itself, else its context path or origin, e.g. '/datafor'. */
  apiBase: string;
  /** Origins allowed to embed the iframe page and exchange messages with it. */
  trustedOrigins: string[];
  locale?: Locale;
  theme?: ThemeMode;
  primaryColor?: string;
}

export const DEFAULT_CONFIG: EditorConfig = { apiBase: '', trustedOrigins: [] };


// MUI derives shades from the primary colour and only understands these notations.
const CSS_COLOR = /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(rgb|rgba|hsl|hsla)\([\d\s.,%/+-]+\))$/i;

const apiBaseSchema = z.pipe(
  z.string().check(
    z.trim(),
    z.refine((value) => value === '' || value.startsWith('/') || /^https?:\/\/[^/\s]+/i.test(value), {
      message: "apiBase must be '', a path starting with '/', or an http(s) origin",
    }),
    z.refine((value) => !value.startsWith('//'), { message: 'apiBase must not be protocol-relative' }),
  ),
  z.transform((value: string) => value.replace(/\/+$/, '')),
);

const originSchema = z.pipe(
  z.string().check(
    z.trim(),
    z.refine(
      (value) => {
        try {
          return new URL(value).origin === value.replace(/\/+$/, '');
        } catch {
          return false;
        }
      },
      { message: 'each trusted origin must be scheme://host[:port]' },
    ),
  ),
  z.transform((value: string) => value.replace(/\/+$/, '')),
);

const configSchema = z.object({
  apiBase: z.optional(apiBaseSchema),
  trustedOrigins: z.optional(z.array(originSchema)),
  locale: z.optional(z.enum(LOCALES)),
  theme: z.optional(z.enum(THEME_MODES)),
  primaryColor: z.optional(
    z.string().check(z.trim(), z.regex(CSS_COLOR, 'primaryColor must be a hex, rgb() or hsl() colour')),
  ),
});

export type EditorConfigInput = z.input<typeof configSchema>;

export class EditorConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditorConfigError';
  }
}

/** Validates a partial configuration; a wrong value is a clear error, not a silent default. */
export function parseEditorConfig(raw: unknown, base: EditorConfig = DEFAULT_CONFIG): EditorConfig {
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ');
    throw new EditorConfigError(`Invalid Datafor editor configuration — ${issues}`);
  }
  const defined = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  return { ...base, ...defined };
}

/** Reads the standalone page's meta tag; the tag is optional (same-origin defaults). */
export function readPageConfig(doc: Document = document): EditorConfig {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${CONFIG_META_NAME}"]`);
  const content = meta?.content.trim();
  if (!content) return DEFAULT_CONFIG;
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new EditorConfigError(
      `Invalid Datafor editor configuration — the ${CONFIG_META_NAME} meta tag is not JSON (${(error as Error).message})`,
    );
  }
  return parseEditorConfig(json);
}
