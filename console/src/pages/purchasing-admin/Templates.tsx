import { Table, Text } from '@mantine/core';
import { get, post, put } from '../../api/client';
import type { InventoryTemplate } from '../../api/types';
import { adminRoute, itemLabel } from '../../lib/purchasing';
import { useLoad } from '../../lib/useLoad';
import { Detail, LevelsForm, ListTable, NamedRecords, useCatalog, useTemplates, useVendors } from './parts';

export function TemplateList({ tenant }: { tenant: string }) {
  const templates = useTemplates(tenant);
  return (
    <NamedRecords tenant={tenant} section="templates" loaded={templates} rows={templates.data?.items} noun="inventory template"
      create={(name) => post<InventoryTemplate>(`t/${tenant}/purchasing/templates`, { name })} />
  );
}

export function TemplateDetail({ tenant, id }: { tenant: string; id: string }) {
  const base = `t/${tenant}/purchasing/templates/${id}`;
  const template = useLoad(() => get<InventoryTemplate>(base), [base]);
  const items = useCatalog(tenant);
  const vendors = useVendors(tenant);
  const vendorName = (v?: string | null) => (v ? vendors.data?.items.find((x) => x.id === v)?.name : "the item's preferred");
  return (
    <Detail back={adminRoute(tenant, 'templates')} title={template.data?.name} error={template.error}>
      {template.data?.lines.length === 0 && <Text>No items yet: add one below.</Text>}
      <ListTable label="Template lines" head={['Item', 'Vendor', 'Minimum', 'Base']}>
        {template.data?.lines.map((l) => (
          <Table.Tr key={l.itemId}>
            <Table.Td>{itemLabel(items.data?.items, l.itemId)}</Table.Td><Table.Td>{vendorName(l.vendorId)}</Table.Td>
            <Table.Td>{l.min}</Table.Td><Table.Td>{l.base}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <LevelsForm title="Set an item's levels" submit="Save the line" items={items.data?.items} vendors={vendors.data?.items}
        save={(itemId, body) => put(`${base}/lines/${itemId}`, body).then(template.reload)} />
    </Detail>
  );
}
