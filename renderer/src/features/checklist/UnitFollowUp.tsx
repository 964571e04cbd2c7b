import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@shared/schemas';
import { useWork } from '../../shell/WorkContext';
import { FollowUpForm } from './FollowUpForm';
import { useFollowUpBundle } from './useFollowUpBundle';

/** A unit's follow-up for the selected year: the form, or why there is none to show. */
export function UnitFollowUp({ unit }: { unit: OrgNode }) {
  const { t } = useTranslation();
  const { tree, year, canEdit, identity } = useWork();
  const editable = canEdit(unit.id);
  const pathIds = tree.pathTo(unit.id).map((node) => node.id);
  const state = useFollowUpBundle(unit.id, pathIds, year, editable);

  if (state.kind === 'loading') {
    return (
      <p role="status" className="loading">
        {t('checklist.loading')}
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <p role="alert" className="error-message">
        {t('checklist.loadFailed', { message: state.message })}
      </p>
    );
  }
  if (state.kind === 'notStarted') {
    return (
      <div className="card">
        <h2>{t('checklist.notStartedHeading')}</h2>
        <p>{t('checklist.notStartedText', { unit: unit.name, year })}</p>
      </div>
    );
  }
  return (
    <FollowUpForm
      key={state.bundle.followUp.id}
      unit={unit}
      bundle={state.bundle}
      editable={editable}
      userName={identity.userName}
    />
  );
}
