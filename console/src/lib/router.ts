import { useEffect, useState } from 'react';

// The console's own routes live under {context}/console/ (the server answers index.html for every one of them,
// with <base href="{context}/console/">); the API is at {context}/api.
export const BASE = consoleRoot(typeof document === 'undefined' ? undefined : document.baseURI);
export const API = BASE.slice(0, -'/console'.length) + '/api';

export function consoleRoot(baseUri: string | undefined): string {
  const path = baseUri ? new URL(baseUri).pathname : '/';
  const at = path.lastIndexOf('/console/');
  return at >= 0 ? path.slice(0, at) + '/console' : '/console';
}

export function currentRoute(): string {
  const p = window.location.pathname;
  const route = p.startsWith(BASE) ? p.slice(BASE.length) : p;
  return route === '' ? '/' : route;
}

export function navigate(route: string): void {
  window.history.pushState(null, '', BASE + route);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): string {
  const [route, setRoute] = useState(currentRoute());
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return route;
}

/** Matches "/t/:tenant/inventory/:id" against a route; returns the named parts or null. */
export function match(pattern: string, route: string): Record<string, string> | null {
  const ps = pattern.split('/').filter(Boolean);
  const rs = route.split('?')[0].split('/').filter(Boolean);
  if (ps.length !== rs.length) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < ps.length; i++) {
    if (ps[i].startsWith(':')) out[ps[i].slice(1)] = decodeURIComponent(rs[i]);
    else if (ps[i] !== rs[i]) return null;
  }
  return out;
}
