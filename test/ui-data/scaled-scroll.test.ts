import { describe, expect, it } from 'vitest';
import {
  MAX_SCROLL_HEIGHT,
  contentOffsetFromScrollTop,
  isScaled,
  maxContentOffset,
  maxScrollTop,
  scrollHeight,
  scrollTopFromContentOffset,
  visibleRows,
  type ScrollGeometry,
} from '../../src/ui/data/scaled-scroll';

const ROW = 26;
const tenMillion: ScrollGeometry = { rowCount: 10_000_000, rowHeight: ROW, viewportHeight: 400 };

describe('scaled scrolling over 10M rows', () => {
  it('caps the spacer below the browser limit and switches to scaled mode', () => {
    expect(scrollHeight(tenMillion)).toBeLessThanOrEqual(MAX_SCROLL_HEIGHT);
    expect(isScaled(tenMillion)).toBe(true);
  });

  it('shows row 0 at scrollTop 0', () => {
    const offset = contentOffsetFromScrollTop(tenMillion, 0);
    expect(visibleRows(tenMillion, offset, 0).firstVisible).toBe(0);
  });

  it('shows the very last row, bottom-aligned, at the largest scrollTop', () => {
    const offset = contentOffsetFromScrollTop(tenMillion, maxScrollTop(tenMillion));
    const range = visibleRows(tenMillion, offset, 5);
    expect(range.lastVisible).toBe(tenMillion.rowCount - 1);
    expect(range.end).toBe(tenMillion.rowCount);
    // The last row's bottom edge sits exactly on the viewport's bottom edge.
    expect(tenMillion.rowCount * ROW - offset).toBe(tenMillion.viewportHeight);
  });

  it('still reaches the last row when the browser rounds scrollTop down by a fraction', () => {
    const offset = contentOffsetFromScrollTop(tenMillion, maxScrollTop(tenMillion) - 0.5);
    expect(visibleRows(tenMillion, offset, 0).lastVisible).toBe(tenMillion.rowCount - 1);
  });

  it('maps the middle of the scrollbar to the middle of the rows', () => {
    const offset = contentOffsetFromScrollTop(tenMillion, maxScrollTop(tenMillion) / 2);
    const first = visibleRows(tenMillion, offset, 0).firstVisible;
    expect(Math.abs(first - tenMillion.rowCount / 2)).toBeLessThan(20);
  });

  it('is monotonic and round-trips offset -> scrollTop -> offset', () => {
    let previous = -1;
    for (const row of [0, 1, 12_345, 4_999_999, 9_999_000]) {
      const offset = row * ROW;
      const top = scrollTopFromContentOffset(tenMillion, offset);
      expect(top).toBeGreaterThan(previous);
      previous = top;
      expect(contentOffsetFromScrollTop(tenMillion, top)).toBeCloseTo(offset, 3);
    }
  });

  it('clamps offsets beyond either end', () => {
    expect(scrollTopFromContentOffset(tenMillion, -500)).toBe(0);
    expect(scrollTopFromContentOffset(tenMillion, Number.MAX_SAFE_INTEGER)).toBe(maxScrollTop(tenMillion));
  });
});

describe('unscaled scrolling', () => {
  const small: ScrollGeometry = { rowCount: 1_000, rowHeight: ROW, viewportHeight: 400 };

  it('is the identity below the cap', () => {
    expect(isScaled(small)).toBe(false);
    expect(scrollHeight(small)).toBe(1_000 * ROW);
    expect(contentOffsetFromScrollTop(small, 1234)).toBe(1234);
    expect(scrollTopFromContentOffset(small, 1234)).toBe(1234);
  });

  it('renders the visible rows plus overscan, clipped to the table', () => {
    const range = visibleRows(small, 10 * ROW + 5, 3);
    expect(range.firstVisible).toBe(10);
    expect(range.start).toBe(7);
    expect(range.lastVisible).toBe(Math.ceil((10 * ROW + 5 + 400) / ROW) - 1);
    expect(range.end).toBe(range.lastVisible + 4);
    expect(visibleRows(small, 0, 3).start).toBe(0);
    expect(visibleRows(small, maxContentOffset(small), 3).end).toBe(1_000);
  });

  it('handles tables shorter than the viewport and empty tables', () => {
    const tiny: ScrollGeometry = { rowCount: 3, rowHeight: ROW, viewportHeight: 400 };
    expect(maxContentOffset(tiny)).toBe(0);
    expect(visibleRows(tiny, 50, 10)).toMatchObject({ start: 0, end: 3, firstVisible: 0, lastVisible: 2 });
    const empty = visibleRows({ ...tiny, rowCount: 0 }, 0, 10);
    expect(empty.end - empty.start).toBe(0);
  });
});
