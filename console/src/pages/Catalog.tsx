import { Card, Checkbox, Group, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { get, post, put } from '../api/client';
import type { Page } from '../api/types';
import { fieldError, ProblemNote } from '../components';
import { type Item, itemForm, type ItemForm, itemRequest, namingField, type ProductLine } from '../lib/admin';
import { useAction } from '../lib/useAction';
import { useLoad } from '../lib/useLoad';
import { ActiveBadge, EditButton, EditModal, SaveForm } from './AdminParts';

const TRACKING = [{ value: 'serial', label: 'serial (one per unit)' }, { value: 'lot', label: 'lot (per batch)' }, { value: 'none', label: 'none' }];

/** The admin's catalog: product lines and their items, each added below its table and changed in a dialog. */
export function CatalogPage({ tenant }: { tenant: string }) {
  const lines = useLoad(() => get<Page<ProductLine>>(`t/${tenant}/inventory/product-lines?limit=200`), [tenant]);
  const items = useLoad(() => get<Page<Item>>(`t/${tenant}/inventory/items?limit=200`), [tenant]);
  const [line, setLine] = useState<ProductLine>();
  const [item, setItem] = useState<Item>();
  const all = lines.data?.items ?? [];
  const lineName = (id: string) => all.find((l) => l.id === id)?.name ?? '';
  const base = `t/${tenant}/inventory`;
  return (
    <Stack>
      <Title order={2}>Catalog</Title>
      <ProblemNote error={lines.error} />
      <Title order={3}>Product lines</Title>
      <Table.ScrollContainer minWidth={360}>
        <Table aria-label="Product lines" striped>
          <Table.Thead><Table.Tr><Table.Th>Name</Table.Th><Table.Th>Description</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>{all.map((l) => (
            <Table.Tr key={l.id}><Table.Td>{l.name}</Table.Td><Table.Td>{l.description}</Table.Td><Table.Td><ActiveBadge active={l.active} /></Table.Td>
              <Table.Td><EditButton name={l.name} onClick={() => setLine(l)} /></Table.Td></Table.Tr>))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Card withBorder><LineForm title="Add a product line" save={(body) => post(`${base}/product-lines`, body)} done={lines.reload} /></Card>
      <EditModal title={`Edit ${line?.name ?? ''}`} opened={!!line} onClose={() => setLine(undefined)}>
        {line && <LineForm line={line} save={(body) => put(`${base}/product-lines/${line.id}`, body)}
          done={() => { setLine(undefined); lines.reload(); }} />}
      </EditModal>

      <Title order={3}>Items</Title>
      <ProblemNote error={items.error} />
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Items" striped>
          <Table.Thead><Table.Tr><Table.Th>Catalog number</Table.Th><Table.Th>Description</Table.Th><Table.Th>Product line</Table.Th>
            <Table.Th>Tracking</Table.Th><Table.Th>Use</Table.Th><Table.Th>List price</Table.Th><Table.Th>Status</Table.Th><Table.Th /></Table.Tr></Table.Thead>
          <Table.Tbody>{(items.data?.items ?? []).map((i) => (
            <Table.Tr key={i.id}><Table.Td>{i.catalogNumber}</Table.Td><Table.Td>{i.description}</Table.Td><Table.Td>{lineName(i.productLineId)}</Table.Td>
              <Table.Td>{i.tracking}</Table.Td><Table.Td>{i.singleUse ? 'single use' : 'reusable'}</Table.Td><Table.Td>{i.listPrice ?? ''}</Table.Td>
              <Table.Td><ActiveBadge active={i.active} /></Table.Td><Table.Td><EditButton name={i.catalogNumber} onClick={() => setItem(i)} /></Table.Td></Table.Tr>))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Card withBorder>
        <ItemFormView title="Add an item" lines={all} save={(body) => post(`${base}/items`, body)} done={items.reload} />
      </Card>
      <EditModal title={`Edit ${item?.catalogNumber ?? ''}`} opened={!!item} onClose={() => setItem(undefined)}>
        {item && <ItemFormView item={item} lines={all} save={(body) => put(`${base}/items/${item.id}`, body)}
          done={() => { setItem(undefined); items.reload(); }} />}
      </EditModal>
    </Stack>
  );
}

interface FormProps { title?: string; save: (body: unknown) => Promise<unknown>; done: () => void }

function LineForm({ line, title, save, done }: FormProps & { line?: ProductLine }) {
  const empty = { name: line?.name ?? '', description: line?.description ?? '', active: line?.active ?? true };
  const [form, setForm] = useState(empty);
  const action = useAction();
  return (
    <SaveForm title={title} label={line ? 'Save the product line' : 'Add the product line'} busy={action.busy} onSave={async () => {
      if (await action.run(() => save({ ...form, name: form.name.trim() })) !== undefined) { setForm(empty); done(); }
    }}>
      <ProblemNote error={action.error} fields={['name', 'description']} />
      <TextInput label="Product line name" value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
        error={fieldError(action.error, 'name')} />
      <Textarea label="Description" autosize value={form.description} onChange={(e) => setForm({ ...form, description: e.currentTarget.value })}
        error={fieldError(action.error, 'description')} />
      {line && <Checkbox label="Active (in use)" checked={form.active} onChange={(e) => setForm({ ...form, active: e.currentTarget.checked })} />}
    </SaveForm>
  );
}

const ITEM_FIELDS = ['productLineId', 'catalogNumber', 'description', 'gtin', 'tracking', 'singleUse', 'listPrice'];

function ItemFormView({ item, lines, title, save, done }: FormProps & { item?: Item; lines: ProductLine[] }) {
  const [form, setForm] = useState<ItemForm>(itemForm(item));
  const action = useAction();
  const error = namingField(action.error, { 'invalid-tracking': 'tracking', 'invalid-gtin': 'gtin', 'invalid-price': 'listPrice' });
  const text = (k: 'catalogNumber' | 'description' | 'gtin' | 'listPrice') => ({
    value: form[k], error: fieldError(error, k), onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.currentTarget.value }),
  });
  return (
    <SaveForm title={title} label={item ? 'Save the item' : 'Add the item'} busy={action.busy} onSave={async () => {
      if (await action.run(() => save(itemRequest(form))) !== undefined) { setForm(itemForm(item)); done(); }
    }}>
      <ProblemNote error={error} fields={ITEM_FIELDS} />
      <Select label="Product line" data={lines.filter((l) => l.active || l.id === form.productLineId).map((l) => ({ value: l.id, label: l.name }))}
        value={form.productLineId} onChange={(v) => setForm({ ...form, productLineId: v })} error={fieldError(error, 'productLineId')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <TextInput label="Catalog number" {...text('catalogNumber')} />
        <TextInput label="GTIN" description="8 to 14 digits, optional" inputMode="numeric" {...text('gtin')} />
      </SimpleGrid>
      <TextInput label="Item description" {...text('description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Select label="Tracking" data={TRACKING} value={form.tracking} allowDeselect={false} disabled={!!item}
          description={item ? 'fixed when the item was added' : undefined}
          onChange={(v) => v && setForm({ ...form, tracking: v })} error={fieldError(error, 'tracking')} />
        <TextInput label="List price" inputMode="decimal" {...text('listPrice')} />
      </SimpleGrid>
      <Group>
        <Checkbox label="Single use" checked={form.singleUse} onChange={(e) => setForm({ ...form, singleUse: e.currentTarget.checked })} />
        {item && <Checkbox label="Active (orderable)" checked={form.active} onChange={(e) => setForm({ ...form, active: e.currentTarget.checked })} />}
      </Group>
      {lines.length === 0 && <Text size="sm" c="dimmed">Add a product line first.</Text>}
    </SaveForm>
  );
}
