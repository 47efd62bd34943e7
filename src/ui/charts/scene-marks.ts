// Counts what Vega actually drew, from its scenegraph: the same for SVG and canvas, so tests
// and the chart's data-marks attribute do not depend on the renderer.
import type { View } from 'vega';

interface SceneNode { marktype?: string; role?: string; name?: string; items?: SceneNode[] }

/** Vega-Lite draws an interval selection as two rect marks named <param>_brush and <param>_brush_bg. */
const BRUSH = /_brush(_bg)?$/;

/** Items of data marks (role 'mark', not axes or legends), of one mark type or of all. */
export function countMarkItems(view: View, marktype?: string): number {
  // vega-typings call scenegraph() a Scene; at run time it is the Scenegraph holding `root`.
  const root = (view.scenegraph() as unknown as { root: SceneNode }).root;
  let count = 0;
  const visit = (node: SceneNode) => {
    const isData = node.role === 'mark' && !BRUSH.test(node.name ?? '');
    if (isData && (marktype === undefined || node.marktype === marktype)) count += node.items?.length ?? 0;
    for (const item of node.items ?? []) visit(item);
  };
  visit(root);
  return count;
}
