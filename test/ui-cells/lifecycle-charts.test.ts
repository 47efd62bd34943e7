// The lifecycle summary's reading of the summary rows and its funnel chart: every state in
// funnel order (empty ones at 0), the biggest states for the sentence, and a spec that Vega
// draws with one bar per state in that order.
import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { parse, View } from 'vega';
import { LIFECYCLE_STATES } from '../../src/core/segments/lifecycle';
import { biggestStates, funnelSpec, stateRows } from '../../src/ui/cells/lifecycle/lifecycle-charts';

const LABELS = { customers: 'Customers', share: 'Share', revenueShare: 'Revenue share', funnel: 'Funnel', apart: 'Comeback' };

// As the summary query returns them, but shuffled and with two states missing.
const RAW = [
  { position: 5, state_id: 'churned', state: 'Churned', customers: 40, share: 0.4, revenue: 100, revenue_share: 0.1 },
  { position: 1, state_id: 'new', state: 'New', customers: 10, share: 0.1, revenue: 300, revenue_share: 0.3 },
  { position: 2, state_id: 'active', state: 'Active', customers: 40, share: 0.4, revenue: 500, revenue_share: 0.5 },
  { position: 6, state_id: 'reactivated', state: 'Back', customers: 10, share: 0.1, revenue: 100, revenue_share: 0.1 },
];

describe('lifecycle summary rows', () => {
  it('lists every state in funnel order, empty ones with 0', () => {
    const rows = stateRows(RAW);
    expect(rows.map((r) => r.stateId)).toEqual([...LIFECYCLE_STATES]);
    expect(rows.map((r) => r.customers)).toEqual([10, 40, 0, 0, 40, 10]);
    expect(rows.find((r) => r.stateId === 'loyal')).toMatchObject({ customers: 0, share: 0, revenueShare: 0 });
    expect(rows.filter((r) => r.group === 'apart').map((r) => r.stateId)).toEqual(['reactivated']);
  });

  it('has no revenue share without revenue columns', () => {
    const rows = stateRows(RAW.map(({ revenue: _r, revenue_share: _s, ...rest }) => rest));
    expect(rows.every((r) => r.revenueShare === null)).toBe(true);
  });

  it('names the biggest states, ties in funnel order, never an empty one', () => {
    expect(biggestStates(stateRows(RAW)).map((r) => r.stateId)).toEqual(['active', 'churned']);
    expect(biggestStates(stateRows([RAW[1]!]), 3).map((r) => r.stateId)).toEqual(['new']);
    expect(biggestStates(stateRows([]))).toEqual([]);
  });
});

describe('lifecycle funnel chart', () => {
  it('draws one bar per state in funnel order with count and share labels', async () => {
    const rows = stateRows(RAW);
    const spec = { ...funnelSpec(LABELS, true), data: { values: rows } };
    const view = new View(parse(compile(spec as never).spec), { renderer: 'none' });
    await view.runAsync();
    const scene = (view.scenegraph() as unknown as { root: SceneGroup }).root;
    // the invisible tick that makes room for labels is a rect too: keep the visible bars
    const bars = items(scene, 'rect').filter((item) => item.datum?.stateId && item.opacity !== 0);
    expect(bars.map((b) => b.datum!.stateId).sort()).toEqual([...LIFECYCLE_STATES].sort());
    // top to bottom in funnel order, whatever the labels say (these do not sort alphabetically into it)
    expect(view.scale('y').domain()).toEqual(rows.map((r) => r.state));
    const texts = items(scene, 'text').map((t) => t.text).filter((t): t is string => typeof t === 'string' && t.includes('·'));
    expect(texts).toContain('40 · 40%');
    expect(texts).toContain('0 · 0%');
    view.finalize();
  });
});

interface SceneItem { marktype?: string; items?: SceneItem[]; datum?: { stateId?: string }; y?: number; text?: unknown; opacity?: number }
type SceneGroup = SceneItem;
function items(node: SceneItem, type: string): SceneItem[] {
  const found: SceneItem[] = [];
  const walk = (n: SceneItem) => {
    if (n.marktype === type) found.push(...(n.items ?? []));
    for (const child of n.items ?? []) walk(child);
  };
  walk(node);
  return found;
}
