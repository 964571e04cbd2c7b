import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { coveredYear } from '@shared/followup-year';
import { NoOrganisation } from '../../components/NoOrganisation';
import { ScreenHeader } from '../../shell/ScreenHeader';
import { useWork } from '../../shell/WorkContext';
import { UnitFollowUp } from './UnitFollowUp';
import { UnitStatusList } from './UnitStatusList';
import './checklist.css';
import './questions.css';
import './signoff.css';

/**
 * The yearly checklist. On a unit: its follow-up (editable only by the unit's own installation).
 * Higher up: the units below with their status, each one a click away.
 */
export function ChecklistScreen() {
  const { t } = useTranslation();
  const { nodes, activeNode, year } = useWork();
  const lead = t('checklist.yearLead', { year, covered: coveredYear(year) });
  // The templates (questions per year and version) live one step away from the checklist.
  const templatesLink = (
    <Link to="/mallar" className="button">
      {t('checklist.templatesLink')}
    </Link>
  );

  if (nodes.length === 0 || !activeNode) {
    return (
      <section>
        <ScreenHeader title={t('checklist.listTitle')} />
        <NoOrganisation />
      </section>
    );
  }
  if (activeNode.level === 1) {
    return (
      <section className="checklist-screen">
        <ScreenHeader
          title={t('checklist.title', { unit: activeNode.name })}
          lead={lead}
          actions={templatesLink}
        />
        <UnitFollowUp unit={activeNode} />
      </section>
    );
  }
  return (
    <section className="checklist-screen">
      <ScreenHeader
        title={t('checklist.listTitle')}
        lead={t('checklist.listLead', {
          year,
          covered: coveredYear(year),
          node: activeNode.name,
        })}
        actions={templatesLink}
      />
      <UnitStatusList node={activeNode} />
    </section>
  );
}
