import { Badge, Button, Card, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { get, put, query } from '../api/client';
import type { MyContext, Page } from '../api/types';
import { fieldError, ProblemNote } from '../components';
import { dashboardOption, type DashboardView } from '../lib/dashboard';
import { useLoad } from '../lib/useLoad';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

interface Named { id: string; name: string; active?: boolean }
interface ItemLine {
  itemId: string; catalogNumber: string; description: string; onHand: number; par?: number | null; belowPar: boolean;
  expiring: { within30: number; within60: number; within90: number };
}
interface FacilityStockView { facilityId: string; facilityName: string; today: string; items: ItemLine[] }
interface AlertView { id: string; facilityId: string; itemId: string; par: number; onHand: number; raisedAt: string; acknowledged: boolean; outstanding: boolean }

export function FacilityStockPage({ tenant, context }: { tenant: string; context: MyContext }) {
  const facilities = useLoad(() => get<Page<Named>>(`t/${tenant}/events/facilities?limit=200`), [tenant]);
  const [facility, setFacility] = useState<string | null>(null);
  const chosen = facility ?? facilities.data?.items[0]?.id ?? null;
  const stock = useLoad(() => (chosen ? get<FacilityStockView>(`t/${tenant}/facility-stock/facilities/${chosen}/stock`) : Promise.resolve(null)),
    [tenant, chosen]);
  const alerts = useLoad(() => get<Page<AlertView>>(`t/${tenant}/facility-stock/alerts${query({ facility: chosen, limit: 50 })}`), [tenant, chosen]);
  return (
    <Stack>
      <Title order={2}>Facility stock</Title>
      <Select label="Facility" data={(facilities.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }))}
        value={chosen} onChange={setFacility} searchable size="md" />
      <ProblemNote error={facilities.error ?? stock.error} />
      {stock.data && stock.data.items.length === 0 && <Text>No facility stock at {stock.data.facilityName}.</Text>}
      {stock.data && stock.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Facility stock" striped>
            <Table.Thead><Table.Tr><Table.Th>Item</Table.Th><Table.Th>On hand</Table.Th><Table.Th>Par</Table.Th>
              <Table.Th>Expiring 30 / 60 / 90 d</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>{stock.data.items.map((i) => (
              <Table.Tr key={i.itemId}>
                <Table.Td>{i.catalogNumber}<Text size="xs" c="dimmed">{i.description}</Text></Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{i.onHand} {i.belowPar && <Badge color="red">below par</Badge>}</Table.Td>
                <Table.Td><ParEditor tenant={tenant} facility={stock.data!.facilityId} line={i} onSaved={() => { stock.reload(); alerts.reload(); }} /></Table.Td>
                <Table.Td>{i.expiring.within30} / {i.expiring.within60} / {i.expiring.within90}</Table.Td>
              </Table.Tr>))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={3}>Alerts</Title>
      <ProblemNote error={alerts.error} />
      {alerts.data?.items.length === 0 && <Text>No low-level alerts.</Text>}
      {alerts.data?.items.map((a) => (
        <Card key={a.id} withBorder padding="xs">
          <Text size="sm">{stock.data?.items.find((i) => i.itemId === a.itemId)?.catalogNumber ?? a.itemId.slice(0, 8)}: {a.onHand} on hand, par {a.par}
            {' '}{a.outstanding ? <Badge color="red">outstanding</Badge> : <Badge color="gray">recovered</Badge>}{a.acknowledged && <Badge>acknowledged</Badge>}</Text>
        </Card>
      ))}
      {context.role === 'admin' && <Dashboard tenant={tenant} />}
    </Stack>
  );
}

function ParEditor({ tenant, facility, line, onSaved }: { tenant: string; facility: string; line: ItemLine; onSaved: () => void }) {
  const [par, setPar] = useState<string | number>(line.par ?? '');
  const [error, setError] = useState<unknown>();
  return (
    <Group gap={4} wrap="nowrap">
      <NumberInput aria-label={`Par for ${line.catalogNumber}`} value={par} onChange={setPar} min={0} w={80} size="sm"
        error={fieldError(error, 'par')} />
      <Button size="sm" variant="default" onClick={async () => {
        try { await put(`t/${tenant}/facility-stock/facilities/${facility}/par-levels/${line.itemId}`, { par: par === '' ? null : Number(par) }); setError(undefined); onSaved(); }
        catch (err) { setError(err); }
      }}>Set</Button>
      <ProblemNote error={error} fields={['par']} />
    </Group>
  );
}

function Dashboard({ tenant }: { tenant: string }) {
  const [groupBy, setGroupBy] = useState<string | null>('month');
  const view = useLoad(() => get<DashboardView>(`t/${tenant}/facility-stock/dashboard${query({ groupBy })}`), [tenant, groupBy]);
  const chart = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!chart.current || !view.data) return;
    const instance = echarts.init(chart.current, undefined, { renderer: 'svg' });
    instance.setOption(dashboardOption(view.data));
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => { window.removeEventListener('resize', resize); instance.dispose(); };
  }, [view.data]);
  return (
    <Stack>
      <Title order={3}>Sold vs consumed</Title>
      <Select label="Group by" data={['month', 'facility', 'item', 'rep']} value={groupBy} onChange={setGroupBy} allowDeselect={false} w={200} />
      <ProblemNote error={view.error} />
      {view.data && <Text size="sm">Totals: sold {view.data.totals.sold.units} ({view.data.totals.sold.value}), consumed {view.data.totals.consumed.units} ({view.data.totals.consumed.value})</Text>}
      <div ref={chart} style={{ width: '100%', height: 320 }} role="img" aria-label="Sold and consumed units per group" />
    </Stack>
  );
}
