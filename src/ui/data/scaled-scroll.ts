// Maps a scroll container's scrollTop to a position in the rows ("content offset", in px
// as if every row were laid out at full height) and back.
//
// Browsers cap an element's height (Chromium ~33.5M px, Firefox ~17.9M px), so a spacer of
// rowCount * rowHeight cannot reach 10M rows. Above MAX_SCROLL_HEIGHT the spacer is capped and
// the scrollbar maps proportionally: scrollTop 0 is row 0, the largest scrollTop shows the last
// row at the bottom of the viewport. Below the cap the mapping is the identity, so native
// scrolling stays pixel-exact.

/** Kept well under Firefox's limit; at 26 px rows the grid switches to scaled mode near 460k rows. */
export const MAX_SCROLL_HEIGHT = 12_000_000;

export interface ScrollGeometry {
  rowCount: number;
  rowHeight: number;
  /** Height of the rows' viewport (without the sticky header or a horizontal scrollbar). */
  viewportHeight: number;
  maxScrollHeight?: number;
}

export function contentHeight(g: ScrollGeometry): number {
  return Math.max(0, g.rowCount) * g.rowHeight;
}

/** Height to give the spacer inside the scroll container. */
export function scrollHeight(g: ScrollGeometry): number {
  return Math.min(contentHeight(g), g.maxScrollHeight ?? MAX_SCROLL_HEIGHT);
}

export function isScaled(g: ScrollGeometry): boolean {
  return contentHeight(g) > scrollHeight(g);
}

export function maxContentOffset(g: ScrollGeometry): number {
  return Math.max(0, contentHeight(g) - g.viewportHeight);
}

export function maxScrollTop(g: ScrollGeometry): number {
  return Math.max(0, scrollHeight(g) - g.viewportHeight);
}

export function clampOffset(g: ScrollGeometry, offset: number): number {
  return Math.min(Math.max(0, offset), maxContentOffset(g));
}

export function contentOffsetFromScrollTop(g: ScrollGeometry, scrollTop: number): number {
  const maxTop = maxScrollTop(g);
  if (!isScaled(g)) return clampOffset(g, scrollTop);
  if (maxTop <= 0 || scrollTop <= 0) return 0;
  // Browsers round scrollTop (to device pixels), so snap the last pixel to the very end:
  // otherwise the last row could be unreachable by a fraction of a row.
  if (scrollTop >= maxTop - 1) return maxContentOffset(g);
  return (scrollTop / maxTop) * maxContentOffset(g);
}

export function scrollTopFromContentOffset(g: ScrollGeometry, offset: number): number {
  const clamped = clampOffset(g, offset);
  if (!isScaled(g)) return clamped;
  const maxOffset = maxContentOffset(g);
  return maxOffset <= 0 ? 0 : (clamped / maxOffset) * maxScrollTop(g);
}

export interface RowRange {
  /** First row rendered (includes overscan). */
  start: number;
  /** One past the last row rendered. */
  end: number;
  /** First row at least partly visible. */
  firstVisible: number;
  /** Last row at least partly visible. */
  lastVisible: number;
}

export function visibleRows(g: ScrollGeometry, offset: number, overscan: number): RowRange {
  if (g.rowCount <= 0 || g.rowHeight <= 0) return { start: 0, end: 0, firstVisible: 0, lastVisible: -1 };
  const top = clampOffset(g, offset);
  const firstVisible = Math.min(g.rowCount - 1, Math.floor(top / g.rowHeight));
  const bottom = top + Math.max(g.viewportHeight, g.rowHeight);
  const lastVisible = Math.min(g.rowCount - 1, Math.ceil(bottom / g.rowHeight) - 1);
  return {
    start: Math.max(0, firstVisible - overscan),
    end: Math.min(g.rowCount, lastVisible + 1 + overscan),
    firstVisible,
    lastVisible,
  };
}
