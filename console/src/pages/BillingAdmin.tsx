import { Badge, Button, Card, Group, Input, NumberInput, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { type ChangeEvent, useState } from 'react';
import { del, download, get, post, put, query } from '../api/client';
import type { FacilityPrices, Invoice, MyContext, Page, PriceList, PriceListSummary, PriceSheet, ReminderSwitch } from '../api/types';
import { fieldError, Link, ProblemNote } from '../components';
import { amount, assignable, money, priceSource, sheetUpload } from '../lib/billing';
import { navigate } from '../lib/router';
import { useLoad } from '../lib/useLoad';

// Billing administration: price lists, a facility's prices and contract price sheets, its PO reminders, invoices.
// Every member reads these; the server lets only admins change them, so the forms show to admins only.

interface Named { id: string; name: string; active?: boolean }
interface CatalogItem { id: string; catalogNumber: string; description: string }

const facilitiesOf = (tenant: string) => get<Page<Named>>(`t/${tenant}/events/facilities${query({ limit: 200 })}`);
const day = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString() : '');

/** Price lists by name; admins create one. */
export function PriceListsPage({ tenant, context }: { tenant: string; context: MyContext }) {
  const lists = useLoad(() => get<Page<PriceListSummary>>(`t/${tenant}/billing/price-lists${query({ limit: 100 })}`), [tenant]);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>();
  const create = async () => {
    try {
      const list = await post<PriceList>(`t/${tenant}/billing/price-lists`, { name: name.trim() });
      navigate(`/t/${tenant}/billing/price-lists/${list.id}`);
    } catch (err) { setError(err); }
  };
  return (
    <Stack>
      <Title order={2}>Price lists</Title>
      <ProblemNote error={lists.error} />
      {lists.data?.items.length === 0 && <Text>No price lists yet.</Text>}
      <Table striped aria-label="Price lists">
        <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Created</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {lists.data?.items.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td><Link to={`/t/${tenant}/billing/price-lists/${l.id}`}>{l.name}</Link></Table.Td><Table.Td>{day(l.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {context.role === 'admin' && (
        <Group align="flex-end">
          <TextInput label="New price list" size="md" value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(error, 'name')} />
          <Button size="md" onClick={create} disabled={!name.trim()}>Create</Button>
        </Group>
      )}
      <ProblemNote error={error} fields={['name']} />
    </Stack>
  );
}

/** One price list: its prices and the facilities it is assigned to; admins set prices and (un)assign facilities. */
export function PriceListPage({ tenant, id, context }: { tenant: string; id: string; context: MyContext }) {
  const base = `t/${tenant}/billing/price-lists/${id}`;
  const list = useLoad(() => get<PriceList>(base), [base]);
  const [changed, setChanged] = useState<PriceList>();
  const [error, setError] = useState<unknown>();
  const l = changed ?? list.data;
  const act = async (work: () => Promise<PriceList>) => {
    try { setChanged(await work()); setError(undefined); } catch (err) { setError(err); }
  };
  const admin = context.role === 'admin';
  return (
    <Stack>
      <Link to={`/t/${tenant}/billing/price-lists`}>All price lists</Link>
      <ProblemNote error={list.error} />
      {l && (
        <>
          <Title order={2}>{l.name}</Title>
          <Table striped aria-label="Prices">
            <Table.Thead><Table.Tr><Table.Th>Item</Table.Th><Table.Th>Price</Table.Th><Table.Th>Set</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {l.prices.map((p) => (
                <Table.Tr key={p.itemId}>
                  <Table.Td>{p.catalogNumber} {p.description}</Table.Td><Table.Td>{amount(p.unitPrice)}</Table.Td><Table.Td>{day(p.setAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {l.prices.length === 0 && <Text>No prices yet.</Text>}
          {admin && <SetPrice tenant={tenant} error={error} onSet={(prices) => act(() => put<PriceList>(`${base}/prices`, { prices }))} />}
          <Title order={3}>Facilities</Title>
          {l.facilities.length === 0 && <Text>Not assigned to any facility.</Text>}
          {l.facilities.map((a) => (
            <Group key={a.facilityId} justify="space-between">
              <Text>{a.facilityName} · since {day(a.assignedAt)}</Text>
              {admin && <Button variant="default" size="md" onClick={() => act(() => del<PriceList>(`${base}/facilities/${a.facilityId}`))}
                aria-label={`Unassign ${a.facilityName}`}>Unassign</Button>}
            </Group>
          ))}
          {admin && <Assign tenant={tenant} assigned={l.facilities} onAssign={(f) => act(() => post<PriceList>(`${base}/facilities`, { facilityIds: [f] }))} />}
          <ProblemNote error={error} fields={['itemId', 'unitPrice', 'prices']} />
        </>
      )}
    </Stack>
  );
}

function SetPrice({ tenant, error, onSet }: { tenant: string; error: unknown; onSet: (prices: { itemId: string; unitPrice: number }[]) => void }) {
  const items = useLoad(() => get<Page<CatalogItem>>(`t/${tenant}/inventory/items${query({ active: true, limit: 200 })}`), [tenant]);
  const [item, setItem] = useState<string | null>(null);
  const [price, setPrice] = useState<number | string>('');
  return (
    <Group align="flex-end">
      <Select label="Item" size="md" searchable value={item} onChange={setItem} w={280} error={fieldError(error, 'itemId')}
        data={(items.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.catalogNumber} ${i.description}` }))} />
      <NumberInput label="Unit price" size="md" min={0} decimalScale={4} w={160} value={price} onChange={setPrice}
        error={fieldError(error, 'unitPrice')} />
      <Button size="md" disabled={!item || typeof price !== 'number'}
        onClick={() => { onSet([{ itemId: item!, unitPrice: Number(price) }]); setPrice(''); }}>Set price</Button>
    </Group>
  );
}

function Assign({ tenant, assigned, onAssign }: { tenant: string; assigned: { facilityId: string }[]; onAssign: (facilityId: string) => void }) {
  const facilities = useLoad(() => facilitiesOf(tenant), [tenant]);
  const [facility, setFacility] = useState<string | null>(null);
  return (
    <Group align="flex-end">
      <Select label="Assign to facility" size="md" value={facility} onChange={setFacility} w={280}
        data={assignable(facilities.data?.items ?? [], assigned).map((f) => ({ value: f.id, label: f.name }))} />
      <Button size="md" disabled={!facility} onClick={() => { onAssign(facility!); setFacility(null); }}>Assign</Button>
    </Group>
  );
}

/** A facility's effective prices with their source, its PO reminders switch and its contract price sheets. */
export function FacilityPricesPage({ tenant, facilityId, context }: { tenant: string; facilityId?: string; context: MyContext }) {
  const facilities = useLoad(() => facilitiesOf(tenant), [tenant]);
  return (
    <Stack>
      <Title order={2}>Facility prices</Title>
      <ProblemNote error={facilities.error} />
      <Select label="Facility" size="md" w={320} value={facilityId ?? null} placeholder="Choose a facility"
        onChange={(f) => f && navigate(`/t/${tenant}/billing/facilities/${f}`)}
        data={(facilities.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }))} />
      {facilityId && <FacilityPrices key={facilityId} tenant={tenant} facilityId={facilityId} admin={context.role === 'admin'} />}
    </Stack>
  );
}

function FacilityPrices({ tenant, facilityId, admin }: { tenant: string; facilityId: string; admin: boolean }) {
  const base = `t/${tenant}/billing/facilities/${facilityId}`;
  const [version, setVersion] = useState(0);
  const prices = useLoad(() => get<FacilityPrices>(`${base}/prices`), [base, version]);
  const p = prices.data;
  return (
    <Stack>
      <PoReminders base={base} admin={admin} />
      <ProblemNote error={prices.error} />
      {p && (
        <Card withBorder>
          <Title order={3}>Prices</Title>
          <Text size="sm">{p.priceListName ? `Price list: ${p.priceListName}.` : 'No price list assigned.'} {p.priceSheetId ? 'A contract price sheet applies.' : 'No contract price sheet.'}</Text>
          <Table.ScrollContainer minWidth={480}>
            <Table striped aria-label="Effective prices">
              <Table.Thead><Table.Tr><Table.Th>Item</Table.Th><Table.Th>Price</Table.Th><Table.Th>Source</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {p.prices.map((x) => (
                  <Table.Tr key={x.itemId}>
                    <Table.Td>{x.catalogNumber} {x.description}</Table.Td><Table.Td>{money(x.unitPrice, p.currency)}</Table.Td>
                    <Table.Td>{priceSource(x.source, x.sourceName)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <PriceSheets base={base} admin={admin} version={version} onUploaded={() => setVersion((v) => v + 1)} />
    </Stack>
  );
}

function PoReminders({ base, admin }: { base: string; admin: boolean }) {
  const reminders = useLoad(() => get<ReminderSwitch>(`${base}/po-reminders`), [base]);
  const [enabled, setEnabled] = useState<boolean>();
  const [error, setError] = useState<unknown>();
  const on = enabled ?? reminders.data?.enabled ?? false;
  const change = async (value: boolean) => {
    try { setEnabled((await put<ReminderSwitch>(`${base}/po-reminders`, { enabled: value })).enabled); setError(undefined); } catch (err) { setError(err); }
  };
  return (
    <Stack gap={4}>
      <Switch size="lg" label="PO reminders to the billing contact" checked={on} disabled={!admin || !reminders.data}
        onChange={(e) => change(e.currentTarget.checked)} />
      <ProblemNote error={reminders.error ?? error} />
    </Stack>
  );
}

function PriceSheets({ base, admin, version, onUploaded }: { base: string; admin: boolean; version: number; onUploaded: () => void }) {
  const sheets = useLoad(() => get<Page<PriceSheet>>(`${base}/price-sheets${query({ limit: 50 })}`), [base, version]);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>Price sheets</Title>
        <ProblemNote error={sheets.error} />
        {sheets.data?.items.length === 0 && <Text>No contract price sheet uploaded.</Text>}
        <Table.ScrollContainer minWidth={480}>
          <Table striped aria-label="Price sheets">
            <Table.Thead><Table.Tr><Table.Th>File</Table.Th><Table.Th>Uploaded</Table.Th><Table.Th>Lines</Table.Th><Table.Th>State</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {sheets.data?.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td><Button variant="subtle" size="compact-md" onClick={() => setOpen(s.id)}>{s.fileName || 'sheet'}</Button></Table.Td>
                  <Table.Td>{day(s.uploadedAt)}</Table.Td><Table.Td>{s.lineCount}</Table.Td>
                  <Table.Td>{s.current ? <Badge>current</Badge> : `replaced ${day(s.replacedAt)}`}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {open && <SheetLines key={open} path={`${base}/price-sheets/${open}`} />}
        {admin && <UploadSheet base={base} onUploaded={(id) => { setOpen(id); onUploaded(); }} />}
      </Stack>
    </Card>
  );
}

function SheetLines({ path }: { path: string }) {
  const sheet = useLoad(() => get<PriceSheet>(path), [path]);
  return (
    <>
      <ProblemNote error={sheet.error} />
      {sheet.data && (
        <Table aria-label={`Lines of ${sheet.data.fileName || 'the sheet'}`}>
          <Table.Thead><Table.Tr><Table.Th>Row</Table.Th><Table.Th>Item</Table.Th><Table.Th>Price</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {sheet.data.lines.map((l) => (
              <Table.Tr key={l.row}><Table.Td>{l.row}</Table.Td><Table.Td>{l.catalogNumber} {l.description}</Table.Td><Table.Td>{amount(l.unitPrice)}</Table.Td></Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}

function UploadSheet({ base, onUploaded }: { base: string; onUploaded: (sheetId: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const upload = async () => {
    setBusy(true);
    try {
      const { query: q, body } = sheetUpload(file!.name, await file!.text());
      const sheet = await post<PriceSheet>(`${base}/price-sheets${q}`, body);
      setError(undefined); setFile(null); onUploaded(sheet.id);
    } catch (err) { setError(err); } finally { setBusy(false); }
  };
  return (
    <Stack gap="xs">
      <Input.Wrapper label="Upload a contract price sheet (CSV)" description="A header row with catalogNumber (or itemId) and unitPrice, one row per item.">
        <input type="file" accept=".csv,text/csv" aria-label="Price sheet file (CSV)" style={{ minHeight: 44, display: 'block' }}
          onChange={(e: ChangeEvent<HTMLInputElement>) => setFile(e.currentTarget.files?.[0] ?? null)} />
      </Input.Wrapper>
      <Button size="md" onClick={upload} disabled={!file} loading={busy} w="fit-content">Upload price sheet</Button>
      <ProblemNote error={error} />
    </Stack>
  );
}

/** Invoices by number, a page at a time as the server pages them, and the whole export as CSV for the ERP. */
export function InvoicesPage({ tenant }: { tenant: string }) {
  const [limit, setLimit] = useState('50');
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors[cursors.length - 1];
  const invoices = useLoad(() => get<Page<Invoice>>(`t/${tenant}/billing/invoices${query({ limit, after })}`), [tenant, limit, after]);
  const facilities = useLoad(() => facilitiesOf(tenant), [tenant]);
  const names = new Map((facilities.data?.items ?? []).map((f) => [f.id, f.name]));
  const [error, setError] = useState<unknown>();
  const next = invoices.data?.nextCursor;
  return (
    <Stack>
      <Group justify="space-between"><Title order={2}>Invoices</Title>
        <Button size="md" variant="default" onClick={() => download(`t/${tenant}/billing/invoices.csv`, 'invoices.csv').then(() => setError(undefined), setError)}>
          Download invoices.csv</Button></Group>
      <Group align="flex-end">
        <Select label="Per page" size="md" w={120} value={limit} allowDeselect={false} data={['25', '50', '100']}
          onChange={(v) => { if (v) { setLimit(v); setCursors([]); } }} />
        <Button size="md" variant="default" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>Previous page</Button>
        <Button size="md" variant="default" disabled={!next} onClick={() => next && setCursors((c) => [...c, next])}>Next page</Button>
      </Group>
      <ProblemNote error={invoices.error ?? error} />
      {invoices.data?.items.length === 0 && <Text>No invoices yet: one is made when a closed sale gets its PO number.</Text>}
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label="Invoices">
          <Table.Thead><Table.Tr><Table.Th>Invoice</Table.Th><Table.Th>PO</Table.Th><Table.Th>Facility</Table.Th><Table.Th>Lines</Table.Th>
            <Table.Th>Total</Table.Th><Table.Th>Created</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {invoices.data?.items.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td><Link to={`/t/${tenant}/events/${i.eventId}`}>{i.number}</Link></Table.Td><Table.Td>{i.poNumber}</Table.Td>
                <Table.Td>{names.get(i.facilityId) ?? i.facilityId.slice(0, 8)}</Table.Td><Table.Td>{i.lines.length}</Table.Td>
                <Table.Td>{money(i.total, i.currency)}</Table.Td><Table.Td>{day(i.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
