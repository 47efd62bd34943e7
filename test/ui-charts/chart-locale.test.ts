import { describe, expect, it } from 'vitest';
import { localizeTimeAxes } from '../../src/ui/charts/chart-locale';

describe('Korean time axes', () => {
  const spec = {
    mark: 'bar',
    encoding: {
      x: { field: 'x', type: 'temporal', timeUnit: 'yearmonth' },
      y: { field: 'y', type: 'quantitative' },
      color: { field: 'c', type: 'temporal', timeUnit: 'year' },
    },
  };

  it('puts the year first on year-month axes in Korean', () => {
    const ko = localizeTimeAxes(spec, 'ko');
    expect(ko.encoding.x).toEqual({ ...spec.encoding.x, axis: { format: '%Y년 %-m월' } });
    expect(ko.encoding.y).toBe(spec.encoding.y);
    expect(ko.encoding.color).toBe(spec.encoding.color); // legends keep Vega-Lite's format
    expect(spec.encoding.x).not.toHaveProperty('axis'); // the input is not changed
  });

  it('leaves English, explicit formats and hidden axes alone', () => {
    expect(localizeTimeAxes(spec, 'en')).toBe(spec);
    const own = { encoding: { x: { field: 'x', timeUnit: 'yearmonth', axis: { format: '%m/%Y' } } } };
    expect(localizeTimeAxes(own, 'ko').encoding.x).toEqual(own.encoding.x);
    const hidden = { encoding: { x: { field: 'x', timeUnit: 'yearmonth', axis: null } } };
    expect(localizeTimeAxes(hidden, 'ko').encoding.x).toEqual(hidden.encoding.x);
  });
});
