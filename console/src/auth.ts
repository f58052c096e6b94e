import Keycloak from 'keycloak-js';
import type { ConsoleConfig } from './api/types';
import { setTokenSource } from './api/client';

/** Signs in with authorization code + PKCE; the tokens stay in memory and are refreshed before every call. */
export async function signIn(config: ConsoleConfig): Promise<Keycloak> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await keycloak.init({ onLoad: 'login-required', checkLoginIframe: false, pkceMethod: 'S256' });
  setTokenSource(async () => {
    try {
      await keycloak.updateToken(30);
    } catch {
      await keycloak.login();
    }
    return keycloak.token;
  });
  return keycloak;
}

export function isOperator(keycloak: Keycloak): boolean {
  return keycloak.hasRealmRole('platform-operator');
}
