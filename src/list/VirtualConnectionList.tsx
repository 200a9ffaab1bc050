/**
 * The connection rows, virtualised: however long the list (Datafor's `list` answers every
 * connection at once, thousands in a large organisation), the DOM holds only the rows in
 * view plus a few either side, and each row tells assistive technology where it stands
 * (`aria-posinset` of `aria-setsize`).
 *
 * Each row is a real link (`?name=`), so it opens in a new tab like any link; a plain click
 * stays in the page and goes through the leave guard. One row at a time is in the Tab order
 * (the open connection's, else the first); the arrow keys, Page Up/Down, Home and End move
 * between rows, and the row that has focus is always rendered, even when scrolled away.
 */
import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
} from 'react';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { styled, useTheme } from '@mui/material/styles';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { ListedConnectionView } from '../api/connections';
import { useMessages } from '../i18n/i18n';
import { Tag } from '../ui/Tag';
import { listMessages } from './messages';
import { connectionHrefs } from './search';

/**
 * Every row has this height (two lines of body2 that never wrap, as a dense MUI list item),
 * so nothing is measured in the DOM while scrolling. Written in rem, so it grows with the
 * user's font size like the text in it.
 */
const ROW_HEIGHT = 60;
/** Rows rendered beyond each edge of the view, so a quick scroll shows no blank band. */
const OVERSCAN = 4;

const Scroller = styled('div')({ flex: 1, minHeight: 0, overflowY: 'auto', contain: 'strict' });

/**
 * The rows are plain links styled once here rather than MUI list items: scrolling a long list
 * mounts a screenful of new rows every frame, and five styled components a row (with a
 * ripple) made those frames long tasks. The look is MUI's dense ListItemButton/ListItemText.
 */
const Rows = styled('ul')(({ theme }) => {
  const palette = theme.vars ?? theme;
  const text = {
    ...theme.typography.body2,
    display: 'block',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  } as const;
  return {
    position: 'relative',
    margin: 0,
    padding: 0,
    listStyle: 'none',
    '& > li': { position: 'absolute', top: 0, left: 0, width: '100%', height: theme.typography.pxToRem(ROW_HEIGHT) },
    '& a': {
      display: 'flex',
      alignItems: 'center',
      gap: theme.spacing(1),
      boxSizing: 'border-box',
      height: '100%',
      padding: theme.spacing(0, 2),
      color: palette.palette.text.primary,
      textDecoration: 'none',
      outline: 0,
      transition: theme.transitions.create('background-color', { duration: theme.transitions.duration.shortest }),
      '&:hover': { backgroundColor: palette.palette.action.hover },
      '&[aria-current="page"]': {
        backgroundColor: theme.alpha(palette.palette.primary.main, palette.palette.action.selectedOpacity),
      },
      '&[aria-current="page"]:hover': {
        backgroundColor: theme.alpha(
          palette.palette.primary.main,
          `${palette.palette.action.selectedOpacity} + ${palette.palette.action.hoverOpacity}`,
        ),
      },
      // Inset: the scroll box would clip a ring drawn outside the row.
      '&:focus-visible': {
        backgroundColor: palette.palette.action.focus,
        outline: `2px solid ${palette.palette.primary.main}`,
        outlineOffset: -2,
      },
    },
    '& .connection-text': { flex: 1, minWidth: 0 },
    '& .connection-name': text,
    '& .connection-where': { ...text, color: palette.palette.text.secondary },
    '& .connection-tag': { flexShrink: 0, display: 'inline-flex' },
  };
});

export interface VirtualConnectionListHandle {
  /** Moves focus to the first row (ArrowDown in the search box); false when there is none. */
  focusFirst(): boolean;
}

export interface VirtualConnectionListProps {
  connections: readonly ListedConnectionView[];
  selectedName: string | null;
  onChoose: (name: string) => void;
  /** Id of the element that names the list. */
  labelledBy: string;
  /** ArrowUp on the first row, or typing a letter on any row, goes back to the search box. */
  onBackToSearch?: () => void;
  /**
   * Centre the open connection when the list first shows (a page opened by a link on one deep
   * in the list); off for search results, which are read from their top.
   */
  revealSelected: boolean;
  ref?: Ref<VirtualConnectionListHandle>;
}

// Memoised: a keystroke in the search box re-renders the list's parent at once, and the rows
// only one background render later, with the results.
export const VirtualConnectionList = memo(function VirtualConnectionList({
  connections,
  selectedName,
  onChoose,
  labelledBy,
  onBackToSearch,
  revealSelected,
  ref,
}: VirtualConnectionListProps) {
  const theme = useTheme();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The rem height in pixels: the page's root font size over the one the theme's rem assume.
  const [rowHeight] = useState(() => {
    const root = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    return Number.isFinite(root) && root > 0 ? (ROW_HEIGHT * root) / theme.typography.htmlFontSize : ROW_HEIGHT;
  });
  const [activeName, setActiveName] = useState<string | null>(null);

  // Looked up when the list or the names change, not on every scroll frame; no name → index map
  // either, which would cost a 10,000-entry build for every search result.
  const activeIndex = useMemo(() => {
    const at = (name: string | null) => (name === null ? -1 : connections.findIndex((c) => c.name === name));
    const index = at(activeName);
    return index >= 0 ? index : Math.max(0, at(selectedName));
  }, [connections, activeName, selectedName]);

  // The row in the Tab order stays rendered while scrolled away, so focus is never lost.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= range.count || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );

  const virtualizer = useVirtualizer({
    count: connections.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    getItemKey: (index) => connections[index]?.name ?? index,
    rangeExtractor,
    // Rows on the first render, before the scroll box has been measured.
    initialRect: { width: 320, height: 600 },
  });

  const rowLink = (index: number) =>
    scrollRef.current?.querySelector<HTMLAnchorElement>(`[data-index="${index}"] > a`) ?? null;

  // Focus for a row that is rendered only by the next commit (a jump to the end, say).
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const link = rowLink(pendingFocus.current);
    if (link) {
      pendingFocus.current = null;
      link.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number): boolean => {
    const target = Math.max(0, Math.min(index, connections.length - 1));
    const connection = connections[target];
    if (!connection) return false;
    setActiveName(connection.name);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const link = rowLink(target);
    if (link) link.focus({ preventScroll: true });
    else pendingFocus.current = target;
    return true;
  };

  useImperativeHandle(ref, () => ({ focusFirst: () => moveTo(0) }));

  // The open connection is brought into view: centred the first time the list shows it,
  // later (chosen here, or renamed) only if off screen. Search results start from their top.
  const shownSelected = useRef<string | null>(revealSelected ? null : selectedName);
  const revealed = useRef(!revealSelected);
  useEffect(() => {
    if (selectedName === null || shownSelected.current === selectedName) return;
    const index = connections.findIndex((c) => c.name === selectedName);
    if (index < 0) return;
    shownSelected.current = selectedName;
    virtualizer.scrollToIndex(index, { align: revealed.current ? 'auto' : 'center' });
    revealed.current = true;
  }, [selectedName, connections, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: connections.length - 1,
    };
    if (event.key === 'ArrowUp' && activeIndex === 0 && onBackToSearch) {
      event.preventDefault();
      onBackToSearch();
      return;
    }
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
      return;
    }
    // Typing on a row searches: the search box takes focus before the letter lands.
    if (onBackToSearch && event.key.length === 1 && event.key !== ' ') onBackToSearch();
  };

  // A row focused by pointer or Tab becomes the one in the Tab order.
  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const index = Number((event.target.closest('[data-index]') as HTMLElement | null)?.dataset.index);
    const connection = Number.isInteger(index) ? connections[index] : undefined;
    if (connection && connection.name !== activeName) setActiveName(connection.name);
  };

  const hrefFor = connectionHrefs();
  return (
    <Scroller ref={scrollRef}>
      <Rows
        // Explicit: some screen readers drop the list role of a list styled without bullets.
        role="list"
        aria-labelledby={labelledBy}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const connection = connections[item.index];
          if (!connection) return null;
          return (
            <ConnectionRow
              key={item.key}
              connection={connection}
              href={hrefFor(connection.name)}
              index={item.index}
              setSize={connections.length}
              start={item.start}
              selected={connection.name === selectedName}
              tabbable={item.index === activeIndex}
              onChoose={onChoose}
            />
          );
        })}
      </Rows>
    </Scroller>
  );
});

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** What a row says under the name: the type, then where the database lives. */
function describeConnection(connection: ListedConnectionView, unknownType: string): string {
  const type = connection.typeName || connection.shortName || unknownType;
  const where = [connection.hostname, connection.databaseName].filter(Boolean).join(' / ');
  return where ? `${type} · ${where}` : type;
}

interface ConnectionRowProps {
  connection: ListedConnectionView;
  href: string;
  index: number;
  setSize: number;
  start: number;
  selected: boolean;
  tabbable: boolean;
  onChoose: (name: string) => void;
}

// Memoised: while scrolling, only the rows that come into view render.
const ConnectionRow = memo(function ConnectionRow({
  connection,
  href,
  index,
  setSize,
  start,
  selected,
  tabbable,
  onChoose,
}: ConnectionRowProps) {
  const t = useMessages(listMessages);
  const description = describeConnection(connection, t('unknownType'));
  return (
    <li
      data-index={index}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      // Inline, not sx: one generated CSS rule per position would pile up while scrolling.
      style={{ transform: `translateY(${start}px)` }}
    >
      <a
        href={href}
        tabIndex={tabbable ? 0 : -1}
        aria-current={selected ? 'page' : undefined}
        onClick={(event) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          onChoose(connection.name);
        }}
      >
        <span className="connection-text">
          <span className="connection-name" title={connection.name}>
            {connection.name}
          </span>
          <span className="connection-where" title={description}>
            {description}
          </span>
        </span>
        {!connection.canEdit && (
          <span className="connection-tag">
            <Tag icon={<LockOutlined fontSize="small" aria-hidden />} label={t('readOnly')} title={t('readOnlyHint')} />
          </span>
        )}
      </a>
    </li>
  );
});
