// The profile's chart specs drawn by Vega (renderer 'none'): the index heatmap has one cell per
// segment and measure in the given orders with the index as its label, and the Pareto chart
// draws the curve, the equality diagonal and the top-X% marker where the share says.
import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { parse, View } from 'vega';
import { indexHeatmapSpec, paretoSpec, type IndexCell } from '../../src/ui/cells/profile/profile-charts';

interface SceneItem { marktype?: string; items?: SceneItem[]; datum?: Record<string, unknown>; x?: number; y?: number; text?: unknown; mark?: { role?: string } }
function items(node: SceneItem, type: string): SceneItem[] {
  const found: SceneItem[] = [];
  const walk = (n: SceneItem) => {
    if (n.marktype === type) found.push(...(n.items ?? []));
    for (const child of n.items ?? []) walk(child);
  };
  walk(node);
  return found;
}

async function draw(spec: object, values: object[]): Promise<{ view: View; root: SceneItem }> {
  const view = new View(parse(compile({ ...spec, data: { values }, width: 400, height: 200 } as never).spec), { renderer: 'none' });
  await view.runAsync();
  return { view, root: (view.scenegraph() as unknown as { root: SceneItem }).root };
}

describe('profile index heatmap', () => {
  it('puts each segment on its row and each measure in its column, labelled with the index', async () => {
    const cells: IndexCell[] = [
      { segment: 'Big', metric: 'Revenue', index: 180, tone: 0.85 },
      { segment: 'Big', metric: 'Recency', index: 60, tone: 0.74 },
      { segment: 'Small', metric: 'Revenue', index: 40, tone: -1.3 },
      { segment: 'Small', metric: 'Recency', index: 250, tone: -1.3 },
    ];
    const { view, root } = await draw(indexHeatmapSpec(['Revenue', 'Recency'], 'Index'), cells);
    const rects = items(root, 'rect').filter((r) => r.datum?.segment);
    expect(rects).toHaveLength(4);
    const at = (segment: string, metric: string) => rects.find((r) => r.datum!.segment === segment && r.datum!.metric === metric)!;
    expect(at('Big', 'Revenue').y!).toBeLessThan(at('Small', 'Revenue').y!); // profile order, top down
    expect(at('Big', 'Revenue').x!).toBeLessThan(at('Big', 'Recency').x!); // measures in the given order
    expect(items(root, 'text').map((t) => t.text).filter((t) => typeof t === 'string' && /^\d+$/.test(t)).sort()).toEqual(['180', '250', '40', '60']);
    view.finalize();
  });
});

describe('profile Pareto chart', () => {
  it('draws the curve, the diagonal and the marker at the top share', async () => {
    const rows = [{ customerShare: 0, revenueShare: 0 }, { customerShare: 0.2, revenueShare: 0.7 }, { customerShare: 1, revenueShare: 1 }];
    const { view, root } = await draw(paretoSpec({ customers: 'Customers', revenue: 'Revenue' }, { percent: 20, share: 0.7 }), rows);
    expect(items(root, 'line').length).toBeGreaterThanOrEqual(2);
    const symbols = items(root, 'symbol');
    expect(symbols).toHaveLength(1);
    const [marker] = symbols;
    // the marker's rule, not an axis grid line: a mark of the chart itself
    const rules = items(root, 'rule').filter((r) => r.mark?.role === 'mark');
    expect(marker).toBeDefined();
    // x = 20% of the 400 px plot; y = 70% up a 200 px plot
    expect(marker!.x).toBeCloseTo(80, 0);
    expect(marker!.y).toBeCloseTo(60, 0);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.x).toBeCloseTo(80, 0);
    const none = await draw(paretoSpec({ customers: 'C', revenue: 'R' }, { percent: 20, share: null }), rows);
    expect(items(none.root, 'symbol')).toHaveLength(0);
    view.finalize();
    none.view.finalize();
  });
});
