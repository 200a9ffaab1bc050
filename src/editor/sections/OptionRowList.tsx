/**
 * The option rows of the form, plain or virtualised.
 *
 * Up to VIRTUAL_FROM_ROWS rows are plain: every row in the page, as a short form should be.
 * Beyond, the rows sit in a scroll box of their own and only those in view (plus a few either
 * side) are in the DOM: 2,000 options mounted as 4,000 controlled inputs took seconds to an
 * editable form and again after every save, which resets the form (issue 16).
 *
 * Nothing is lost with the rows that are not rendered. The values live in react-hook-form,
 * which keeps a field's value when its input unmounts (`shouldUnregister` is off), and the
 * resolver validates all of them. What the DOM alone gave for free is done here:
 * - the row that has focus stays rendered however far the box is scrolled away, and the rows
 *   next to a rendered one are rendered too (overscan), so Tab and Shift+Tab walk every row,
 *   the box scrolling along as the browser brings each focused control into view;
 * - `withRow` scrolls a row into view before the section focuses a control in it (after a
 *   move, a removal, an added row);
 * - a blocked save whose first error is in a row that is not rendered scrolls to that row and
 *   focuses its control, as react-hook-form does for a rendered one.
 */
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type FocusEvent, type Ref } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useFormState, type FieldArrayWithId, type FieldErrors } from 'react-hook-form';
import type { ConnectionFormValues } from '../../connection/form';
import { useAfterFirstPaint } from '../first-paint';
import { useFormMethods } from '../form-methods';
import { expectedOptionScrollerHeight, OptionRowView, OptionRows, type RowAction } from './OptionRow';

/** From this many rows on, the list is virtualised. */
export const VIRTUAL_FROM_ROWS = 100;
/** A row's height before it is measured: a label, a box and the gap below (62 px at the default font size). */
const ESTIMATED_ROW_PX = 62;
/** Rows rendered beyond each edge of the box, so Tab always has a next row and a quick scroll no blank band. */
const OVERSCAN = 8;
/**
 * The same in the first render: one row, which Tab needs at once. The rows nobody sees yet
 * (half of the first render's inputs, with 8) follow in a transition right after the first paint.
 */
const FIRST_PAINT_OVERSCAN = 1;
/** Frames to wait for a row scrolled to before giving up on focusing it. */
const REVEAL_FRAMES = 30;

export interface OptionRowListHandle {
  /**
   * Calls `then` with the row's element once it is rendered, scrolling it into the box first.
   * Waits for the next frame, so it may be called right after a change to the rows.
   */
  withRow(index: number, then: (row: HTMLElement) => void): void;
}

interface OptionRowListProps {
  fields: readonly FieldArrayWithId<ConnectionFormValues, 'options'>[];
  readOnly: boolean;
  onAction: (index: number, action: RowAction) => void;
  /** Plain rows only: how many to render in the form's first paint (first-paint.ts). */
  rowLimit?: number;
  ref?: Ref<OptionRowListHandle>;
}

const rowSelector = (index: number) => `[data-option-index="${index}"]`;

/** Calls `then` with the row once it is in the DOM: now, or within a few frames for a scroll to render it. */
function whenRendered(container: { current: HTMLElement | null }, index: number, then: (row: HTMLElement) => void): void {
  let frames = 0;
  const attempt = () => {
    const row = container.current?.querySelector<HTMLElement>(rowSelector(index));
    if (row) then(row);
    else if ((frames += 1) < REVEAL_FRAMES) requestAnimationFrame(attempt);
  };
  attempt();
}

export function OptionRowList({ fields, readOnly, onAction, rowLimit, ref }: OptionRowListProps) {
  const virtual = fields.length >= VIRTUAL_FROM_ROWS;
  const containerRef = useRef<HTMLDivElement>(null);
  // Set by the virtualised rows while they are in use: scrolls a row into the box (and the DOM).
  const scrollToRowRef = useRef<((index: number) => void) | null>(null);
  const withRow = useCallback<OptionRowListHandle['withRow']>((index, then) => {
    // A frame later, the rows reflect the change that led here (a move, a removal, an added row).
    requestAnimationFrame(() => {
      scrollToRowRef.current?.(index);
      whenRendered(containerRef, index, then);
    });
  }, []);
  useImperativeHandle(ref, () => ({ withRow }), [withRow]);
  return (
    <OptionRows ref={containerRef}>
      {virtual ? (
        <VirtualRows fields={fields} readOnly={readOnly} onAction={onAction} scrollToRowRef={scrollToRowRef} />
      ) : (
        fields
          .slice(0, rowLimit)
          .map((field, index) => (
            <OptionRowView
              key={field.id}
              index={index}
              isFirst={index === 0}
              isLast={index === fields.length - 1}
              disabled={readOnly}
              onAction={onAction}
            />
          ))
      )}
      <RevealFirstOptionError containerRef={containerRef} withRow={withRow} />
    </OptionRows>
  );
}

function VirtualRows({
  fields,
  readOnly,
  onAction,
  scrollToRowRef,
}: {
  fields: OptionRowListProps['fields'];
  readOnly: boolean;
  onAction: OptionRowListProps['onAction'];
  scrollToRowRef: { current: ((index: number) => void) | null };
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The row holding focus: always rendered, so scrolling away never drops the user's focus.
  const focusedIndex = useRef<number | null>(null);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedIndex.current;
    if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);
  const overscan = useAfterFirstPaint() ? OVERSCAN : FIRST_PAINT_OVERSCAN;
  // Read once: the virtualiser only uses it before its first measurement, and reading the root
  // font size on every render (each scroll frame) could force a style recalculation.
  const [initialRect] = useState(() => ({ width: 0, height: expectedOptionScrollerHeight() }));
  const virtualizer = useVirtualizer({
    count: fields.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan,
    rangeExtractor,
    // The box's size before it is measured: the first render then holds the rows the box will
    // show, instead of none, and measuring it does not render the rows again at once.
    initialRect,
    // Sizes are kept by position (the default), not by row: a save resets the form, which gives
    // every row a new id, and 2,000 sizes keyed by id would all be measured again. The rows are
    // alike but for a message under a box, which the resize observer catches.
  });

  useEffect(() => {
    scrollToRowRef.current = (index) => {
      const rendered = scrollRef.current?.querySelector<HTMLElement>(rowSelector(index));
      if (!rendered || !isInView(rendered, scrollRef.current)) virtualizer.scrollToIndex(index, { align: 'center' });
    };
    return () => {
      scrollToRowRef.current = null;
    };
  }, [scrollToRowRef, virtualizer]);

  const trackFocus = (event: FocusEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-option-index]');
    focusedIndex.current = row ? Number(row.dataset.optionIndex) : null;
  };
  const forgetFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusedIndex.current = null;
  };

  return (
    <div ref={scrollRef} className="option-scroller" data-option-scroller="" onFocus={trackFocus} onBlur={forgetFocus}>
      <div style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const field = fields[item.index];
          if (!field) return null;
          return (
            <div
              key={field.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="option-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <OptionRowView
                index={item.index}
                isFirst={item.index === 0}
                isLast={item.index === fields.length - 1}
                disabled={readOnly}
                onAction={onAction}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

function isInView(row: HTMLElement, box: HTMLElement | null): boolean {
  if (!box) return false;
  const r = row.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  return r.top >= b.top && r.bottom <= b.bottom;
}

/** The first row with an error on its name or value, in row order. */
export function firstOptionErrorIndex(errors: FieldErrors<ConnectionFormValues>['options']): number | undefined {
  if (!Array.isArray(errors)) return undefined;
  const index = (errors as readonly ({ name?: unknown; value?: unknown } | undefined)[]).findIndex((row) => !!(row?.name ?? row?.value));
  return index < 0 ? undefined : index;
}

/**
 * After a blocked save, react-hook-form focuses the first error among the inputs in the DOM. If
 * the first error of the options is in a row that is not rendered, and nothing before the
 * options got the focus, that row is scrolled to and its control focused instead.
 */
function RevealFirstOptionError({
  containerRef,
  withRow,
}: {
  containerRef: { current: HTMLElement | null };
  withRow: OptionRowListHandle['withRow'];
}) {
  const { control, getFieldState } = useFormMethods();
  const { submitCount } = useFormState<ConnectionFormValues>({ control, name: 'options' });
  const handled = useRef(submitCount);

  useEffect(() => {
    if (submitCount === handled.current) return;
    handled.current = submitCount;
    const first = firstOptionErrorIndex(getFieldState('options').error as FieldErrors<ConnectionFormValues>['options']);
    if (first === undefined) return;
    // After react-hook-form's own focus, which it also retries in a timeout.
    const timer = setTimeout(() => {
      const list = containerRef.current;
      if (!list) return;
      const active = document.activeElement;
      if (active instanceof HTMLElement && active.getAttribute('aria-invalid') === 'true') {
        // An error before the options has the focus: it comes first.
        if (active.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING) return;
        const row = active.closest<HTMLElement>('[data-option-index]');
        if (row && list.contains(row) && Number(row.dataset.optionIndex) <= first) return;
      }
      withRow(first, (row) => row.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus());
    }, 0);
    return () => clearTimeout(timer);
  }, [submitCount, containerRef, getFieldState, withRow]);
  return null;
}
