import { describe, expect, it } from 'vitest';
import { analysisChartInputs } from '../../src/charts/analysis-chart-inputs.js';
import { sliceLine } from '../../src/domain/analysis/monthly-analysis.js';

const words = {
  locale: 'en' as const,
  currency: 'USD',
  cumulativeTitle: 'Cumulative',
  regionsTitle: 'Regions',
  productsTitle: 'Products',
  noRegion: 'No region',
  noProduct: 'No product line',
};
const z = { revenueCents: 0, deals: 0, newCustomers: 0 };

describe('analysis chart inputs', () => {
  it('accumulates revenue, target and stretch over the steps; future steps have no actual', () => {
    const [cumulative] = analysisChartInputs(
      [
        { label: 'Jan', actual: 100, target: 150, stretch: 200 },
        { label: 'Feb', actual: 50, target: 150, stretch: null },
        { label: 'Mar', actual: null, target: 150, stretch: 200 },
      ],
      [],
      [],
      words,
    );
    expect(cumulative).toEqual({
      kind: 'cumulative',
      title: 'Cumulative',
      locale: 'en',
      currency: 'USD',
      labels: ['Jan', 'Feb', 'Mar'],
      actual: [100, 150, null],
      target: [150, 300, 450],
      stretch: [200, 350, 550],
    });
  });

  it('leaves out target lines nobody set, and draws bars against each slice target', () => {
    const charts = analysisChartInputs(
      [{ label: '1', actual: 5, target: null, stretch: null }],
      [
        {
          ...sliceLine('1', { ...z, revenueCents: 70 }, z, z, { amount: 100, stretch: null }),
          name: 'North',
        },
        { ...sliceLine('0', { ...z, revenueCents: 5 }, z, z, null), name: null },
      ],
      [],
      words,
    );
    expect(charts).toHaveLength(2);
    expect(charts[0]).toMatchObject({ target: null, stretch: null });
    expect(charts[1]).toEqual({
      kind: 'bars',
      title: 'Regions',
      locale: 'en',
      currency: 'USD',
      bars: [
        { label: 'North', actual: 70, target: 100 },
        { label: 'No region', actual: 5, target: null },
      ],
    });
  });
});
