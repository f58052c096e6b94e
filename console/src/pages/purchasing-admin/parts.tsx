import { Button, Card, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { get, query } from '../../api/client';
import type { CatalogItem, InventoryTemplate, Page, Vendor } from '../../api/types';
import { fieldError, ProblemNote } from '../../components';
import { adminRoute, numberOrNull, type AdminSection, type Recipient } from '../../lib/purchasing';
import { navigate } from '../../lib/router';
import { useLoad } from '../../lib/useLoad';

// What the sections of the purchasing setup share: loading, forms and tables, a record's page, the list by name, the levels form.

/** Runs a change and keeps its refusal for the form, which shows it next to the fields it names. */
export function useAction() {
  const [error, setError] = useState<unknown>();
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    try { await work(); setError(undefined); return true; } catch (err) { setError(err); return false; }
  };
  return { error, run };
}

export const useCatalog = (tenant: string) =>
  useLoad(() => get<Page<CatalogItem>>(`t/${tenant}/inventory/items${query({ active: true, limit: 200 })}`), [tenant]);
export const useVendors = (tenant: string) => useLoad(() => get<Page<Vendor>>(`t/${tenant}/purchasing/vendors${query({ limit: 200 })}`), [tenant]);
export const useTemplates = (tenant: string) =>
  useLoad(() => get<Page<InventoryTemplate>>(`t/${tenant}/purchasing/templates${query({ limit: 200 })}`), [tenant]);
export const useRecipients = (tenant: string) => useLoad(() => get<Recipient[]>(`t/${tenant}/purchasing/recipients`), [tenant]);
export const itemOptions = (items: CatalogItem[] | undefined) => (items ?? []).map((i) => ({ value: i.id, label: `${i.catalogNumber} ${i.description}` }));
export const vendorOptions = (vendors: Vendor[] | undefined) => (vendors ?? []).map((v) => ({ value: v.id, label: v.name }));

/** A form in a card: a title, the refusal not tied to a field, the inputs and the submit button. */
export function FormCard({ title, error, fields, submit, disabled, onSubmit, children }: {
  title: string; error: unknown; fields: string[]; submit: string; disabled?: boolean; onSubmit: () => void; children: ReactNode;
}) {
  return (
    <Card withBorder>
      <form onSubmit={(e: FormEvent) => { e.preventDefault(); onSubmit(); }}>
        <Stack gap="xs">
          <Title order={3}>{title}</Title>
          <ProblemNote error={error} fields={fields} />
          {children}
          <Group><Button type="submit" size="md" disabled={disabled}>{submit}</Button></Group>
        </Stack>
      </form>
    </Card>
  );
}

/** A dense table on a desktop that scrolls sideways on a phone. */
export function ListTable({ label, head, children }: { label: string; head: string[]; children: ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label={label} striped verticalSpacing={4}>
        <Table.Thead><Table.Tr>{head.map((h) => <Table.Th key={h}>{h}</Table.Th>)}</Table.Tr></Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export const Open = ({ to, children }: { to: string; children: ReactNode }) => (
  <Button variant="subtle" mih={44} px={4} onClick={() => navigate(to)}>{children}</Button>
);

/** A record's page: back to its list, its refusal if loading failed, then what it shows. */
export function Detail({ back, title, error, children }: { back: string; title?: string; error: unknown; children: ReactNode }) {
  return (
    <Stack>
      <Group><Button variant="default" mih={44} onClick={() => navigate(back)}>Back to the list</Button></Group>
      <ProblemNote error={error} />
      {title && <Title order={3}>{title}</Title>}
      {children}
    </Stack>
  );
}

function NameForm({ title, label, submit, create }: { title: string; label: string; submit: string; create: (name: string) => Promise<unknown> }) {
  const [name, setName] = useState('');
  const { error, run } = useAction();
  return (
    <FormCard title={title} error={error} fields={['name']} submit={submit}
      onSubmit={async () => { if (await run(() => create(name))) setName(''); }}>
      <TextInput label={label} size="md" value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError(error, 'name')} />
    </FormCard>
  );
}

/** Templates and kits: a list by name (each opens its page) and a form adding one by name, which then opens. */
export function NamedRecords({ tenant, section, loaded, rows, noun, create }: {
  tenant: string; section: AdminSection; loaded: { error: unknown }; rows?: { id: string; name: string; createdAt: string }[];
  noun: string; create: (name: string) => Promise<{ id: string }>;
}) {
  const title = noun[0].toUpperCase() + noun.slice(1);
  const short = noun.split(' ').pop()!;
  return (
    <Stack>
      <ProblemNote error={loaded.error} />
      {rows?.length === 0 && <Text>No {noun}s yet.</Text>}
      <ListTable label={`${title}s`} head={[title, 'Created']}>
        {rows?.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td><Open to={adminRoute(tenant, section, r.id)}>{r.name}</Open></Table.Td>
            <Table.Td>{new Date(r.createdAt).toLocaleDateString()}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <NameForm title={`Add ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`} label={`${short[0].toUpperCase()}${short.slice(1)} name`}
        submit={`Add the ${short}`} create={async (name) => navigate(adminRoute(tenant, section, (await create(name)).id))} />
    </Stack>
  );
}

type LevelsBody = { vendorId: string | null; min: number | null; base: number | null };

/** An item, its vendor (empty: the item's preferred one) and its minimum and base levels: a template line or an override. */
export function LevelsForm({ title, submit, items, vendors, save }: {
  title: string; submit: string; items?: CatalogItem[]; vendors?: Vendor[]; save: (itemId: string, body: LevelsBody) => Promise<unknown>;
}) {
  const [itemId, setItemId] = useState<string | null>(null);
  const [vendorId, setVendorId] = useState<string | null>(null);
  const [min, setMin] = useState<number | string>('');
  const [base, setBase] = useState<number | string>('');
  const { error, run } = useAction();
  return (
    <FormCard title={title} error={error} fields={['vendorId', 'min', 'base']} submit={submit} disabled={!itemId}
      onSubmit={() => run(() => save(itemId!, { vendorId, min: numberOrNull(min), base: numberOrNull(base) }))}>
      <Select label="Item" size="md" searchable value={itemId} onChange={setItemId} data={itemOptions(items)} />
      <Select label="Vendor" placeholder="The item's preferred vendor" size="md" clearable value={vendorId} onChange={setVendorId}
        data={vendorOptions(vendors)} error={fieldError(error, 'vendorId')} />
      <Group grow>
        <NumberInput label="Minimum level" size="md" min={0} value={min} onChange={setMin} error={fieldError(error, 'min')} />
        <NumberInput label="Base level" size="md" min={0} value={base} onChange={setBase} error={fieldError(error, 'base')} />
      </Group>
    </FormCard>
  );
}
