import '@mantine/core/styles.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ConsoleConfig } from './api/types';
import { App } from './App';
import { isOperator, signIn } from './auth';
import { API, BASE } from './lib/router';

const theme = createTheme({ primaryColor: 'teal', defaultRadius: 'md' });
const root = createRoot(document.getElementById('root')!);

async function start() {
  const config = (await (await fetch(`${API}/public/console-config`)).json()) as ConsoleConfig;
  const keycloak = await signIn(config);
  const session = {
    username: keycloak.tokenParsed?.preferred_username ?? keycloak.subject ?? '',
    operator: isOperator(keycloak),
    signOut: () => void keycloak.logout({ redirectUri: window.location.origin + BASE + '/' }),
  };
  root.render(
    <StrictMode>
      <MantineProvider theme={theme}><App session={session} /></MantineProvider>
    </StrictMode>,
  );
}

start().catch((e) => {
  root.render(<p role="alert">The console could not start: {String(e?.message ?? e)}</p>);
});
