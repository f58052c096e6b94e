// The facility-stock dashboard as an echarts bar chart: sold and consumed units per group.
export interface Flow { units: number; value: number | string }
export interface Figures { sold: Flow; consumed: Flow }
export interface DashboardView { from: string; to: string; groupBy: string; groups: { key: string; figures: Figures }[]; totals: Figures }

export function dashboardOption(view: DashboardView, label: (key: string) => string = (k) => k) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: ['Sold', 'Consumed'] },
    grid: { left: 40, right: 16, bottom: 40, top: 40 },
    xAxis: { type: 'category', data: view.groups.map((g) => label(g.key)) },
    yAxis: { type: 'value', name: 'units' },
    series: [
      { name: 'Sold', type: 'bar', data: view.groups.map((g) => g.figures.sold.units) },
      { name: 'Consumed', type: 'bar', data: view.groups.map((g) => g.figures.consumed.units) },
    ],
  };
}
