/**
 * The editor's font stacks: the theme's typography, and the font warm-up in index.html, which
 * must name the same body stack (checked by fonts.test.ts).
 */
export const BODY_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

export const MONOSPACE_FONT_FAMILY = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
