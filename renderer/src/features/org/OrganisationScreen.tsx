import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../shell/ScreenHeader';
import { useWork } from '../../shell/WorkContext';
import { CsvImportCard } from './import/CsvImportCard';
import { InstallationForm } from './settings/InstallationForm';
import { LevelNamesForm } from './settings/LevelNamesForm';
import { OrgTreeCard } from './tree/OrgTreeCard';
import './org.css';

/**
 * Organisation: the four-level tree and its upkeep, the level names, which node this installation
 * acts for, and import from CSV. Without an organisation the import is still offered, so a whole
 * tree can be read in as the first step.
 */
export function OrganisationScreen() {
  const { t } = useTranslation();
  const { nodes } = useWork();
  return (
    <section>
      <ScreenHeader title={t('nav.organisation')} lead={t('org.screenLead')} />
      {nodes.length > 0 ? (
        <>
          <OrgTreeCard />
          <InstallationForm />
          <LevelNamesForm />
        </>
      ) : (
        <div className="card org-empty">
          <h2>{t('org.tree.empty')}</h2>
          <p>{t('org.tree.emptyHelp')}</p>
          <Link to="/">{t('org.tree.toStart')}</Link>
        </div>
      )}
      <CsvImportCard />
    </section>
  );
}
