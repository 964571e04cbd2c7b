import { NavLink, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NoOrganisation } from '../../components/NoOrganisation';
import { ScreenHeader } from '../../shell/ScreenHeader';
import { useWork } from '../../shell/WorkContext';
import { IncidentLog } from './log/IncidentLog';
import { ReportingOverview } from './reporting/ReportingOverview';
import { IncidentStatistics } from './statistics/IncidentStatistics';
import { KiaImport } from './import/KiaImport';
import { CategorySettings } from './statistics/CategorySettings';
import './incidents.css';

const TABS = [
  { key: 'log', path: '' },
  { key: 'reporting', path: 'anmalan' },
  { key: 'statistics', path: 'statistik' },
  { key: 'import', path: 'import' },
  { key: 'categories', path: 'kategorier' },
] as const;

/** Händelser: the log, the legal reporting duties, statistics, the KIA import and the category lists. */
export function IncidentsScreen() {
  const { t } = useTranslation();
  const { nodes, activeNode } = useWork();
  if (nodes.length === 0 || !activeNode) {
    return (
      <section>
        <ScreenHeader title={t('nav.incidents')} />
        <NoOrganisation />
      </section>
    );
  }
  return (
    <section>
      <ScreenHeader
        title={t('nav.incidents')}
        lead={t('incidents.lead', { node: activeNode.name })}
      />
      <nav className="subnav" aria-label={t('incidents.tabsLabel')}>
        <ul>
          {TABS.map((tab) => (
            <li key={tab.key}>
              <NavLink to={tab.path === '' ? '/handelser' : `/handelser/${tab.path}`} end>
                {t(`incidents.tabs.${tab.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<IncidentLog />} />
        <Route path="anmalan" element={<ReportingOverview />} />
        <Route path="statistik" element={<IncidentStatistics />} />
        <Route path="import" element={<KiaImport />} />
        <Route path="kategorier" element={<CategorySettings />} />
      </Routes>
    </section>
  );
}
