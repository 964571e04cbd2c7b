import { HashRouter, Route, Routes } from 'react-router';
import { AppShell } from './shell/AppShell';
import { ROUTES } from './shell/routes';
import { PlannedScreen } from './screens/PlannedScreen';
import { SettingsScreen } from './screens/SettingsScreen';

/**
 * Hash routing: the app is served from app:// in Electron and from a static folder on the web, and
 * neither has a server that would answer deep links.
 */
export function App() {
  return (
    <HashRouter>
      <AppShell>
        <Routes>
          {ROUTES.map((route) => (
            <Route
              key={route.key}
              path={route.path}
              element={
                route.key === 'settings' ? <SettingsScreen /> : <PlannedScreen screen={route.key} />
              }
            />
          ))}
          <Route path="*" element={<PlannedScreen screen="overview" />} />
        </Routes>
      </AppShell>
    </HashRouter>
  );
}
