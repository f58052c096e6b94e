import { Badge, Button, Checkbox, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { currentToken, get, query } from '../api/client';
import type { Device, Page } from '../api/types';
import { Link, ProblemNote } from '../components';
import { API } from '../lib/router';
import { useLoad } from '../lib/useLoad';

const STATUSES = ['active', 'facility-stock', 'inactive'];

export function InventoryPage({ tenant }: { tenant: string }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [deactivated, setDeactivated] = useState(false);
  const [search, setSearch] = useState({ q: '', status: null as string | null, deactivated: false });
  const devices = useLoad(
    () => get<Page<Device>>(`t/${tenant}/inventory/devices${query({
      q: search.q, status: search.status, includeDeactivated: search.deactivated, limit: 100 })}`),
    [tenant, search],
  );
  return (
    <Stack>
      <Title order={2}>Inventory</Title>
      <form onSubmit={(e) => { e.preventDefault(); setSearch({ q: text, status, deactivated }); }}>
        <Group align="flex-end" wrap="wrap">
          <TextInput label="Search" placeholder="Serial, lot, catalog number" value={text}
            onChange={(e) => setText(e.currentTarget.value)} style={{ flex: '1 1 14rem' }} size="md" />
          <Select label="Status" placeholder="Any" data={STATUSES} value={status} onChange={setStatus} clearable size="md"
            style={{ flex: '0 1 10rem' }} />
          <Checkbox label="Include deactivated" checked={deactivated}
            onChange={(e) => setDeactivated(e.currentTarget.checked)} size="md" />
          <Button type="submit" size="md">Search</Button>
        </Group>
      </form>
      <ProblemNote error={devices.error} />
      {devices.data && devices.data.items.length === 0 && <Text>No devices found.</Text>}
      {devices.data && devices.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={360}>
          <Table striped highlightOnHover aria-label="Devices">
            <Table.Thead>
              <Table.Tr><Table.Th>Item</Table.Th><Table.Th>Serial / lot</Table.Th><Table.Th>Status</Table.Th>
                <Table.Th>Custodian</Table.Th><Table.Th>Expiry</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {devices.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td><Link to={`/t/${tenant}/inventory/${d.id}`}>{d.item.catalogNumber}</Link>
                    <Text size="xs" c="dimmed">{d.item.description}</Text></Table.Td>
                  <Table.Td>{d.serial ?? d.lot ?? '—'}{d.quantity > 1 ? ` × ${d.quantity}` : ''}</Table.Td>
                  <Table.Td><Badge variant="light">{d.status}</Badge>{d.inactive && <Badge color="gray">deactivated</Badge>}</Table.Td>
                  <Table.Td>{d.custodian?.name}</Table.Td>
                  <Table.Td>{d.expiry ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group><Button variant="default" onClick={() => void exportCsv(tenant, search.q, search.status)}>Export CSV</Button></Group>
    </Stack>
  );
}

async function exportCsv(tenant: string, q: string, status: string | null) {
  const token = await currentToken();
  const r = await fetch(`${API}/t/${tenant}/inventory/devices/export${query({ q, status })}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(await r.blob());
  a.download = 'devices.csv';
  a.click();
  URL.revokeObjectURL(a.href);
}
