import { describe, expect, it } from 'vitest';
import type { MyContext } from '../api/types';
import { currentTenant, isSubmitted, navigationFor } from './nav';
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
    expect(navigationFor(context('sales', ['billing']), false)).toEqual([]);
    expect(navigationFor(context('admin', ['billing']), false).map((n) => n.label)).toEqual(['Pending PO', 'Members']);
  });
  it('shows members to admins and tenants to operators only', () => {
    expect(navigationFor(context('admin', []), false).map((n) => n.route)).toEqual(['/t/acme/admin/members']);
    expect(navigationFor(null, true).map((n) => n.route)).toEqual(['/operator/tenants']);
    expect(navigationFor(null, false)).toEqual([]);
  });
  it('shows the administration pages to admins only, catalog and locations with inventory', () => {
    const all = ['inventory', 'events'];
    expect(navigationFor(context('admin', all), false).map((n) => n.label)).toEqual(
      ['Inventory', 'Receive', 'Transfers', 'Events', 'Members', 'Catalog', 'Locations', 'Sharing links', 'Settings']);
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
  });
});

describe('pasted UDIs', () => {
  it('one per line, blank lines dropped, <GS> written out becomes the separator', () => {
    expect(splitUdis(' (01)0123(21)A \n\n01123<GS>21B\r\n')).toEqual(['(01)0123(21)A', '01123\u001d21B']);
  });
});
