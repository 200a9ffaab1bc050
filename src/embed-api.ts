/**
 * The public types of `mountConnectionEditor`. Self-contained on purpose (no imports): the
 * build copies this file next to the module bundle as its `.d.ts`, so TypeScript hosts get
 * the same types the module is compiled against.
 */

export interface MountOptions {
  /** The connection to open. */
  connectionName: string;
  /** Datafor's context path or origin, e.g. '/datafor'; '' when the host is served by Datafor. */
  apiBase?: string;
  /** Default: the browser's language. */
  locale?: 'en' | 'zh-CN';
  /** Default: 'system' (follows prefers-color-scheme). */
  theme?: 'light' | 'dark' | 'system';
  /** Hex, rgb() or hsl() colour to match the host. */
  primaryColor?: string;
  /** After a successful save; `name` is the new one after a rename. */
  onSaved?: (saved: { name: string; id: string | null }) => void;
  /** The user closed the editor (after confirming when edits were unsaved). */
  onClose?: () => void;
  /** Unsaved edits appeared (true) or are gone (false). */
  onDirtyChange?: (dirty: boolean) => void;
}

/** Removes the editor and everything it added; the element can be mounted again. */
export type Unmount = () => void;
