import { describe, expect, it } from 'vitest';
import { dashboardOption } from './dashboard';

describe('dashboard chart', () => {
  it('one category per group, sold and consumed units as two bar series', () => {
    const flow = (units: number) => ({ units, value: units * 10 });
    const option = dashboardOption({ from: '2026-01', to: '2026-02', groupBy: 'month', totals: { sold: flow(5), consumed: flow(3) },
      groups: [{ key: '2026-01', figures: { sold: flow(2), consumed: flow(1) } }, { key: '2026-02', figures: { sold: flow(3), consumed: flow(2) } }] });
    expect(option.xAxis.data).toEqual(['2026-01', '2026-02']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([['Sold', [2, 3]], ['Consumed', [1, 2]]]);
  });
});
