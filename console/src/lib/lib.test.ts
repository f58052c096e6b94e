import { describe, expect, it } from 'vitest';
import type { MyContext } from '../api/types';
import { activeEntry, currentTenant, isSubmitted, navigationFor } from './nav';
import { consoleRoot, match } from './router';
import { splitUdis } from './udi';

const context = (role: string, modules: string[]): MyContext =>
  ({ tenant: 'acme', displayName: 'Acme', role, memberId: 'm1', modules, username: 'u', operator: false });

describe('navigation', () => {
  it('shows only the modules the tenant has', () => {
    expect(navigationFor(context('sales', ['identity', 'inventory']), false).map((n) => n.label))
      .toEqual(['Inventory', 'Receive', 'Transfers']);
    expect(navigationFor(context('sales', ['events']), false).map((n) => n.label)).toEqual(['Events']);
    expect(navigationFor(context('sales', ['purchasing']), false).map((n) => n.route)).toEqual(['/t/acme/purchasing']);
  });
  it('shows billing\'s pages to every member, pending PO to admins only', () => {
    expect(navigationFor(context('sales', ['billing']), false).map((n) => n.label))
      .toEqual(['Invoices', 'Price lists', 'Facility prices']);
    expect(navigationFor(context('admin', ['billing']), false).map((n) => n.label))
      .toEqual(['Pending PO', 'Invoices', 'Price lists', 'Facility prices', 'Members']);
    expect(navigationFor(context('distributor', ['billing']), false).map((n) => n.route))
      .toEqual(['/t/acme/billing/invoices', '/t/acme/billing/price-lists', '/t/acme/billing/facilities']);
  });
  it('shows the events administration to admins of a tenant with events only', () => {
    expect(navigationFor(context('admin', ['events']), false).map((n) => n.route)).toEqual(['/t/acme/events',
      '/t/acme/admin/event-types', '/t/acme/admin/facilities', '/t/acme/admin/surgeons', '/t/acme/admin/members']);
    expect(navigationFor(context('distributor', ['events']), false).map((n) => n.label)).toEqual(['Events']);
    expect(navigationFor(context('admin', ['inventory']), false).map((n) => n.label)).not.toContain('Facilities');
  });
  it('shows the purchasing setup to admins of tenants with purchasing only', () => {
    expect(navigationFor(context('admin', ['purchasing']), false).map((n) => n.route))
      .toEqual(['/t/acme/purchasing', '/t/acme/purchasing/admin', '/t/acme/admin/members']);
    expect(navigationFor(context('distributor', ['purchasing']), false).map((n) => n.label)).toEqual(['Purchasing']);
    expect(navigationFor(context('admin', ['inventory']), false).map((n) => n.label)).not.toContain('Purchasing setup');
  });
  it('marks the entry a route is under, the most specific one', () => {
    const nav = navigationFor(context('admin', ['purchasing']), false);
    expect(activeEntry(nav, '/t/acme/purchasing/admin/kits/k1')?.label).toBe('Purchasing setup');
    expect(activeEntry(nav, '/t/acme/purchasing')?.label).toBe('Purchasing');
    expect(activeEntry(nav, '/t/acme/purchasing-x')).toBeUndefined();
  });
  it('shows members to admins and tenants to operators only', () => {
    expect(navigationFor(context('admin', []), false).map((n) => n.route)).toEqual(['/t/acme/admin/members']);
    expect(navigationFor(null, true).map((n) => n.route)).toEqual(['/operator/tenants']);
    expect(navigationFor(null, false)).toEqual([]);
  });
  it('shows the administration pages to admins only, catalog and locations with inventory', () => {
    const all = ['inventory', 'events'];
    expect(navigationFor(context('admin', all), false).map((n) => n.label)).toEqual(
      ['Inventory', 'Receive', 'Transfers', 'Events', 'Event types', 'Facilities', 'Surgeons', 'Members', 'Catalog', 'Locations', 'Sharing links', 'Settings']);
    expect(navigationFor(context('admin', ['inventory']), false).filter((n) => n.route.includes('/admin/')).map((n) => n.route))
      .toEqual(['/t/acme/admin/members', '/t/acme/admin/catalog', '/t/acme/admin/locations', '/t/acme/admin/sharing-links', '/t/acme/admin/settings']);
    for (const role of ['sales', 'distributor']) {
      expect(navigationFor(context(role, all), false).filter((n) => n.route.includes('/admin/'))).toEqual([]);
    }
  });
  it('accepts both words for a submitted event', () => {
    expect(isSubmitted('submitted')).toBe(true);
    expect(isSubmitted('closed')).toBe(true);
    expect(isSubmitted('reopened')).toBe(false);
  });
});

describe('tenant switcher', () => {
  it('the tenant in the address wins, else the first of the person\'s tenants', () => {
    const mine = [{ id: 'acme' }, { id: 'globex' }];
    expect(currentTenant('/t/globex/inventory/42', mine)).toBe('globex');
    expect(currentTenant('/', mine)).toBe('acme');
    expect(currentTenant('/operator/tenants', [])).toBeUndefined();
  });
});

describe('routes', () => {
  it('the console root follows the <base> the server writes, under any context path', () => {
    expect(consoleRoot('http://h:8080/console/')).toBe('/console');
    expect(consoleRoot('http://h:8080/consigna/console/')).toBe('/consigna/console');
    expect(consoleRoot('http://h:5173/')).toBe('/console');
  });
  it('matches named parts and nothing longer or shorter', () => {
    expect(match('/t/:tenant/inventory/:id', '/t/acme/inventory/42')).toEqual({ tenant: 'acme', id: '42' });
    expect(match('/t/:tenant/inventory', '/t/acme/inventory/42')).toBeNull();
    expect(match('/t/:tenant/events/new', '/t/acme/events/new')).toEqual({ tenant: 'acme' });
    expect(match('/t/:tenant/billing/price-lists/:id', '/t/acme/billing/price-lists/p1')).toEqual({ tenant: 'acme', id: 'p1' });
    expect(match('/t/:tenant/billing/facilities/:facilityId', '/t/acme/billing/facilities')).toBeNull();
  });
});

describe('pasted UDIs', () => {
  it('one per line, blank lines dropped, <GS> written out becomes the separator', () => {
    expect(splitUdis(' (01)0123(21)A \n\n01123<GS>21B\r\n')).toEqual(['(01)0123(21)A', '01123\u001d21B']);
  });
});
