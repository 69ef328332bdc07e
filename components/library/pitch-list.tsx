'use client';

import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { PitchSummary } from '@/lib/storage/pitch-summary';
import { readinessKey, type ReadinessByRevision } from '@/platform/library-worker/messages';
import { PitchRow } from './pitch-row';

/** What the list can do to one pitch; the page decides how. */
export interface PitchActions {
  rename: (summary: PitchSummary) => void;
  duplicate: (summary: PitchSummary) => void;
  exportJson: (summary: PitchSummary) => void;
  remove: (summary: PitchSummary) => void;
}

/** A row's height before it is measured (a phone wraps it taller; the measure corrects it). */
const ESTIMATED_ROW_PX = 120;
const GAP_PX = 12;

/**
 * The library's pitches, virtualized: only the rows near the screen exist, so 2,000 pitches render
 * as quickly as 20. Each row says its place ("5 of 2,000") to a screen reader; Tab and Shift+Tab
 * scroll the next row into being; the row holding focus is kept while it scrolls out of view.
 */
export function PitchList({
  summaries,
  readiness,
  now,
  actions,
}: {
  summaries: PitchSummary[];
  readiness: ReadinessByRevision;
  now: number;
  actions: PitchActions;
}) {
  const list = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const focused = useRef<number | null>(null);

  // The list starts below the header, the filter and messages that come and go: measure where it
  // starts now, and again whenever the page's layout changes size.
  useLayoutEffect(() => {
    const measure = () => {
      const top = (list.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setScrollMargin((current) => (Math.abs(top - current) > 0.5 ? top : current));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const keep = focused.current;
    if (keep === null || keep >= range.count || indexes.includes(keep)) return indexes;
    return [...indexes, keep].sort((a, b) => a - b);
  }, []);

  // Stable callbacks: the virtualizer recomputes every row's place whenever one of them changes.
  const estimateSize = useCallback(() => ESTIMATED_ROW_PX, []);
  const getItemKey = useCallback((index: number) => summaries[index]!.id, [summaries]);
  const virtualizer = useWindowVirtualizer({
    count: summaries.length,
    estimateSize,
    gap: GAP_PX,
    overscan: 6,
    scrollMargin,
    getItemKey,
    rangeExtractor,
  });

  return (
    <ul
      ref={list}
      aria-label="Pitches"
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const summary = summaries[item.index]!;
        return (
          <PitchRow
            key={item.key}
            ref={virtualizer.measureElement}
            index={item.index}
            setSize={summaries.length}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${item.start - scrollMargin}px)`,
            }}
            onFocus={() => (focused.current = item.index)}
            summary={summary}
            now={now}
            readiness={readiness[readinessKey(summary.id, summary.revision)]}
            onRename={() => actions.rename(summary)}
            onDuplicate={() => actions.duplicate(summary)}
            onExport={() => actions.exportJson(summary)}
            onDelete={() => actions.remove(summary)}
          />
        );
      })}
    </ul>
  );
}
