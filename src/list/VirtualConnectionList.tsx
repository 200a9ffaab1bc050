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
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { ListedConnectionView } from '../api/connections';
import { useMessages } from '../i18n/i18n';
import { Tag } from '../ui/Tag';
import { listMessages } from './messages';
import { connectionHref } from './search';

/**
 * Every row has this height (a dense two-line item; its texts never wrap), so nothing is
 * measured in the DOM while scrolling. In rem, so it follows the user's font size setting.
 */
const ROW_HEIGHT_REM = 3.75;

function rowHeightPx(): number {
  const rootFontSize = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return ROW_HEIGHT_REM * (Number.isFinite(rootFontSize) && rootFontSize > 0 ? rootFontSize : 16);
}
/** Rows rendered beyond each edge of the view, so a fast scroll shows no blank band. */
const OVERSCAN = 6;

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
  /** A new search: the list starts again from its top. */
  searchKey: string;
  ref?: Ref<VirtualConnectionListHandle>;
}

export function VirtualConnectionList({
  connections,
  selectedName,
  onChoose,
  labelledBy,
  onBackToSearch,
  searchKey,
  ref,
}: VirtualConnectionListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [rowHeight] = useState(rowHeightPx);
  const [activeName, setActiveName] = useState<string | null>(null);

  const indexByName = useMemo(() => {
    const map = new Map<string, number>();
    connections.forEach((c, i) => map.set(c.name, i));
    return map;
  }, [connections]);
  const activeIndex =
    (activeName !== null ? indexByName.get(activeName) : undefined) ??
    (selectedName !== null ? indexByName.get(selectedName) : undefined) ??
    0;

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

  // A new search starts at the top (a list refetched after a save keeps its place).
  const shownSearch = useRef(searchKey);
  useEffect(() => {
    if (shownSearch.current === searchKey) return;
    shownSearch.current = searchKey;
    setActiveName(null);
    virtualizer.scrollToOffset(0);
  }, [searchKey, virtualizer]);

  // The open connection is brought into view: centred when the page opened on it (from a
  // link, deep in a long list), only if off screen when it was chosen here.
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (selectedName === null || scrolledTo.current === selectedName) return;
    const index = indexByName.get(selectedName);
    if (index === undefined) return;
    const first = scrolledTo.current === null;
    scrolledTo.current = selectedName;
    virtualizer.scrollToIndex(index, { align: first ? 'center' : 'auto' });
  }, [selectedName, indexByName, virtualizer]);

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

  const items = virtualizer.getVirtualItems();
  return (
    <Box ref={scrollRef} sx={{ flex: 1, minHeight: 0, overflowY: 'auto', contain: 'strict' }}>
      <List
        dense
        disablePadding
        // Explicit: some screen readers drop the list role of a list styled without bullets.
        role="list"
        aria-labelledby={labelledBy}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        style={{ height: virtualizer.getTotalSize() }}
        sx={{
          '& > li': { position: 'absolute', top: 0, left: 0, width: '100%', height: `${ROW_HEIGHT_REM}rem` },
          '& > li > a': { height: '100%' },
        }}
      >
        {items.map((item) => {
          const connection = connections[item.index];
          if (!connection) return null;
          return (
            <ConnectionRow
              key={item.key}
              connection={connection}
              index={item.index}
              setSize={connections.length}
              start={item.start}
              selected={connection.name === selectedName}
              tabbable={item.index === activeIndex}
              onChoose={onChoose}
            />
          );
        })}
      </List>
    </Box>
  );
}

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
      <ListItemButton
        component="a"
        href={connectionHref(connection.name)}
        tabIndex={tabbable ? 0 : -1}
        selected={selected}
        aria-current={selected ? 'page' : undefined}
        onClick={(event: MouseEvent<HTMLAnchorElement>) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          onChoose(connection.name);
        }}
        sx={{ px: 2 }}
      >
        <ListItemText
          primary={connection.name}
          secondary={description}
          slotProps={{
            primary: { noWrap: true, title: connection.name },
            secondary: { noWrap: true, title: description },
          }}
        />
        {!connection.canEdit && (
          <Box component="span" sx={{ ml: 1, flexShrink: 0, display: 'inline-flex' }}>
            <Tag icon={<LockOutlined fontSize="small" aria-hidden />} label={t('readOnly')} title={t('readOnlyHint')} />
          </Box>
        )}
      </ListItemButton>
    </li>
  );
});
