import { Stack, Tabs, Text, Title } from '@mantine/core';
import { ADMIN_SECTIONS, adminRoute, adminSection, type AdminSection } from '../lib/purchasing';
import { navigate } from '../lib/router';
import { KitDetail, KitList } from './purchasing-admin/Kits';
import { RecipientDetail, RecipientList } from './purchasing-admin/Recipients';
import { SettingsSection } from './purchasing-admin/Settings';
import { TemplateDetail, TemplateList } from './purchasing-admin/Templates';
import { VendorDetail, VendorList } from './purchasing-admin/Vendors';

/** Purchasing setup (admins): vendors and what they supply, templates, recipients, kits, settings and reason codes. */
export function PurchasingAdminPage({ tenant, section, id }: { tenant: string; section: string; id?: string }) {
  const current = adminSection(section);
  return (
    <Stack>
      <Title order={2}>Purchasing setup</Title>
      <Tabs value={current ?? null} onChange={(v) => v && navigate(adminRoute(tenant, v as AdminSection))}>
        <Tabs.List>
          {ADMIN_SECTIONS.map((s) => <Tabs.Tab key={s.value} value={s.value} mih={44}>{s.label}</Tabs.Tab>)}
        </Tabs.List>
      </Tabs>
      {current === 'vendors' && (id ? <VendorDetail tenant={tenant} id={id} /> : <VendorList tenant={tenant} />)}
      {current === 'templates' && (id ? <TemplateDetail tenant={tenant} id={id} /> : <TemplateList tenant={tenant} />)}
      {current === 'recipients' && (id ? <RecipientDetail tenant={tenant} id={id} /> : <RecipientList tenant={tenant} />)}
      {current === 'kits' && (id ? <KitDetail tenant={tenant} id={id} /> : <KitList tenant={tenant} />)}
      {current === 'settings' && <SettingsSection tenant={tenant} />}
      {!current && <Text>Nothing here. Choose a tab above.</Text>}
    </Stack>
  );
}
