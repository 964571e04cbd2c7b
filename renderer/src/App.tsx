import type { ReactElement } from 'react';
import { HashRouter, Route, Routes } from 'react-router';
import { ActionsScreen } from './features/actions/ActionsScreen';
import { ChecklistScreen } from './features/checklist/ChecklistScreen';
import { IncidentsScreen } from './features/incidents/IncidentsScreen';
import { OrganisationScreen } from './features/org/OrganisationScreen';
import { ExchangeScreen } from './features/exchange/ExchangeScreen';
import { RollupScreen } from './features/rollup/RollupScreen';
import { SurveyScreen } from './features/survey/SurveyScreen';
import { OverviewScreen } from './features/overview/OverviewScreen';
import { TemplatesScreen } from './features/templates/TemplatesScreen';
import { ReportScreen } from './features/report/ReportScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { AppShell } from './shell/AppShell';
import type { RouteKey } from './shell/routes';
import { ROUTES } from './shell/routes';
import { WorkContextProvider } from './shell/WorkContext';

const SCREENS: Record<RouteKey, () => ReactElement> = {
  overview: () => <OverviewScreen />,
  checklist: () => <ChecklistScreen />,
  incidents: () => <IncidentsScreen />,
  actions: () => <ActionsScreen />,
  rollup: () => <RollupScreen />,
  exchange: () => <ExchangeScreen />,
  report: () => <ReportScreen />,
  organisation: () => <OrganisationScreen />,
  settings: () => <SettingsScreen />,
};

const WITH_SUBPAGES = new Set<RouteKey>(['incidents', 'rollup', 'exchange']);

/**
 * Hash routing: the app is served from app:// in Electron and from a static folder on the web, and
 * neither has a server that would answer deep links.
 */
export function App() {
  return (
    <HashRouter>
      <WorkContextProvider>
        <AppShell>
          <Routes>
            {ROUTES.map((route) => (
              <Route
                key={route.key}
                // Händelser, Sammanställning and Skicka och ta emot have sub-pages.
                path={WITH_SUBPAGES.has(route.key) ? `${route.path}/*` : route.path}
                element={SCREENS[route.key]()}
              />
            ))}
            <Route path="/mallar" element={<TemplatesScreen />} />
            <Route path="/enkat/*" element={<SurveyScreen />} />
            <Route path="*" element={<OverviewScreen />} />
          </Routes>
        </AppShell>
      </WorkContextProvider>
    </HashRouter>
  );
}
