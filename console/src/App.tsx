import { AppShell, Burger, Button, Group, Loader, NavLink, Select, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { get } from './api/client';
import type { MyContext, TenantChoice } from './api/types';
import { ProblemNote } from './components';
import { activeEntry, currentTenant, navigationFor } from './lib/nav';
import { BASE, match, navigate, useRoute } from './lib/router';
import { useLoad } from './lib/useLoad';
import { PendingPoPage } from './pages/Billing';
import { FacilityPricesPage, InvoicesPage, PriceListPage, PriceListsPage } from './pages/BillingAdmin';
import { CatalogPage } from './pages/Catalog';
import { DeviceDetailPage } from './pages/DeviceDetail';
import { EventDetailPage, EventsPage, NewEventPage } from './pages/Events';
import { EventTypesPage } from './pages/EventTypes';
import { FacilitiesPage } from './pages/Facilities';
import { FacilityDetailPage } from './pages/FacilityDetail';
import { FacilityStockPage } from './pages/FacilityStock';
import { InventoryPage } from './pages/Inventory';
import { LocationsPage } from './pages/Locations';
import { MembersPage } from './pages/Members';
import { OperatorTenantsPage } from './pages/Operator';
import { PurchasingPage } from './pages/Purchasing';
import { PurchasingAdminPage } from './pages/PurchasingAdmin';
import { ReceivePage } from './pages/Receive';
import { SurgeonsPage } from './pages/Surgeons';
import { SettingsPage } from './pages/Settings';
import { SharingLinksPage } from './pages/SharingLinks';
import { TransfersPage } from './pages/Transfers';

export interface Session { username: string; operator: boolean; signOut: () => void }

export function App({ session }: { session: Session }) {
  const route = useRoute();
  const [opened, { toggle, close }] = useDisclosure();
  const tenants = useLoad(() => get<{ tenants: TenantChoice[] }>('me/tenants'), []);
  const tenant = currentTenant(route, tenants.data?.tenants);
  const context = useLoad(() => (tenant ? get<MyContext>(`t/${tenant}/me/context`) : Promise.resolve(null)), [tenant]);

  useEffect(() => {
    if (route === '/' && tenants.data) {
      if (tenants.data.tenants.length > 0) navigate(`/t/${tenants.data.tenants[0].id}/inventory`);
      else if (session.operator) navigate('/operator/tenants');
    }
  }, [route, tenants.data, session.operator]);

  const nav = navigationFor(context.data ?? null, session.operator);
  const active = activeEntry(nav, route);
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap" gap="xs">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Title order={1} size="h3">Consigna</Title>
          </Group>
          <Group wrap="nowrap" gap="xs">
            {tenants.data && tenants.data.tenants.length > 1 && (
              <Select aria-label="Tenant" size="sm" w={160} value={tenant ?? null} allowDeselect={false}
                data={tenants.data.tenants.map((t) => ({ value: t.id, label: t.displayName }))}
                onChange={(v) => v && navigate(`/t/${v}/inventory`)} />
            )}
            {tenants.data && tenants.data.tenants.length === 1 && <Text size="sm" visibleFrom="xs">{tenants.data.tenants[0].displayName}</Text>}
            <Button variant="subtle" size="sm" onClick={session.signOut}>Sign out</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {nav.map((n) => (
          <NavLink key={n.route} label={n.label} active={n === active} href={BASE + n.route}
            onClick={(e) => { e.preventDefault(); close(); navigate(n.route); }} style={{ minHeight: 48 }} />
        ))}
        <Text size="xs" c="dimmed" mt="auto" p="xs">Signed in as {session.username}{context.data ? ` · ${context.data.role}` : ''}</Text>
      </AppShell.Navbar>
      <AppShell.Main>
        <ProblemNote error={tenants.error} />
        <ProblemNote error={context.error} />
        <Page route={route} context={context.data ?? null} loading={context.loading || tenants.loading} operator={session.operator}
          refused={!!context.error} />
      </AppShell.Main>
    </AppShell>
  );
}

function Page({ route, context, loading, operator, refused }: { route: string; context: MyContext | null; loading: boolean; operator: boolean; refused: boolean }) {
  if (operator && route.startsWith('/operator/tenants')) return <OperatorTenantsPage />;
  let m: Record<string, string> | null;
  if (!context) {
    if (refused) return null; // the refusal (e.g. a suspended tenant) is shown above
    return loading ? <Loader aria-label="Loading" /> : <Stack><Text>You are not a member of any tenant yet.</Text></Stack>;
  }
  const t = context.tenant;
  if ((m = match('/t/:tenant/inventory', route))) return <InventoryPage tenant={t} />;
  if ((m = match('/t/:tenant/inventory/:id', route))) return <DeviceDetailPage tenant={t} id={m.id} />;
  if ((m = match('/t/:tenant/receive', route))) return <ReceivePage tenant={t} context={context} />;
  if ((m = match('/t/:tenant/transfers', route))) return <TransfersPage tenant={t} context={context} />;
  if ((m = match('/t/:tenant/events', route))) return <EventsPage tenant={t} />;
  if ((m = match('/t/:tenant/events/new', route))) return <NewEventPage tenant={t} context={context} />;
  if ((m = match('/t/:tenant/events/:id', route))) return <EventDetailPage tenant={t} id={m.id} context={context} />;
  if ((m = match('/t/:tenant/admin/members', route))) return <MembersPage tenant={t} self={context.memberId} />;
  if ((m = match('/t/:tenant/admin/sharing-links', route))) return <SharingLinksPage tenant={t} />;
  if ((m = match('/t/:tenant/admin/catalog', route))) return <CatalogPage tenant={t} />;
  if ((m = match('/t/:tenant/admin/locations', route))) return <LocationsPage tenant={t} />;
  if ((m = match('/t/:tenant/admin/settings', route))) return <SettingsPage tenant={t} />;
  if ((m = match('/t/:tenant/admin/event-types', route))) return <EventTypesPage tenant={t} />;
  if ((m = match('/t/:tenant/admin/facilities', route))) return <FacilitiesPage tenant={t} />;
  if ((m = match('/t/:tenant/admin/facilities/:id', route))) return <FacilityDetailPage tenant={t} id={m.id} />;
  if ((m = match('/t/:tenant/admin/surgeons', route))) return <SurgeonsPage tenant={t} />;
  if ((m = match('/t/:tenant/facility-stock', route))) return <FacilityStockPage tenant={t} context={context} />;
  if ((m = match('/t/:tenant/billing/pending-po', route))) return <PendingPoPage tenant={t} />;
  if ((m = match('/t/:tenant/billing/invoices', route))) return <InvoicesPage tenant={t} />;
  if ((m = match('/t/:tenant/billing/price-lists', route))) return <PriceListsPage tenant={t} context={context} />;
  if ((m = match('/t/:tenant/billing/price-lists/:id', route))) return <PriceListPage key={m.id} tenant={t} id={m.id} context={context} />;
  if ((m = match('/t/:tenant/billing/facilities', route))) return <FacilityPricesPage tenant={t} context={context} />;
  if ((m = match('/t/:tenant/billing/facilities/:facilityId', route))) return <FacilityPricesPage tenant={t} facilityId={m.facilityId} context={context} />;
  if ((m = match('/t/:tenant/purchasing', route))) return <PurchasingPage tenant={t} context={context} />;
  if ((m = match('/t/:tenant/purchasing/admin', route))) return <PurchasingAdminPage tenant={t} section="vendors" />;
  if ((m = match('/t/:tenant/purchasing/admin/:section', route))) return <PurchasingAdminPage tenant={t} section={m.section} />;
  if ((m = match('/t/:tenant/purchasing/admin/:section/:id', route))) return <PurchasingAdminPage tenant={t} section={m.section} id={m.id} />;
  if (loading) return <Loader aria-label="Loading" />;
  return <Text>Nothing here. Choose a page from the menu.</Text>;
}
