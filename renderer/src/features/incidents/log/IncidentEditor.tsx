import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '@shared/schemas';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { RepositoryError, deleteIncident, getDb } from '../../../data';
import { IncidentActions } from './IncidentActions';
import { IncidentForm } from './IncidentForm';
import type { IncidentScope } from './useIncidentScope';

/**
 * The incident as a page of its own in the log: the form, and for a stored incident the actions
 * made from it and the delete button. Focus moves to the heading when the page opens.
 */
export function IncidentEditor({
  incident,
  scope,
  onSaved,
  onDeleted,
  onClose,
}: {
  incident: Incident | undefined;
  scope: IncidentScope;
  onSaved: (incident: Incident) => void;
  onDeleted: (incident: Incident) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const readOnly = incident ? !scope.canWrite(incident.nodeId) : scope.writableUnits.length === 0;
  const type = incident ? t(`incidents.types.${incident.type}`) : '';

  useEffect(() => {
    // After the shell has moved focus to the h1 on a route change (it runs after this effect).
    const frame = requestAnimationFrame(() => document.getElementById(headingId)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [headingId]);

  const remove = async () => {
    setConfirming(false);
    if (!incident) return;
    try {
      await deleteIncident(getDb(), incident.id);
      onDeleted(incident);
    } catch (error) {
      setDeleteError(error instanceof RepositoryError ? error.message : String(error));
    }
  };

  return (
    <>
      <section className="card ilog-editor" aria-labelledby={headingId}>
        <button type="button" className="ilog-back" onClick={onClose}>
          <span aria-hidden="true">← </span>
          {t('incidents.log.form.back')}
        </button>
        <h2 id={headingId} tabIndex={-1}>
          {incident
            ? t('incidents.log.form.editHeading', { date: incident.date, type })
            : t('incidents.log.form.newHeading')}
        </h2>
        {incident && !scope.isUnit ? (
          <p className="ilog-editor-unit">{scope.unitName(incident.nodeId)}</p>
        ) : null}
        <IncidentForm
          incident={incident}
          scope={scope}
          headingId={headingId}
          readOnly={readOnly}
          onSaved={onSaved}
          onCancel={onClose}
          onDelete={incident ? () => setConfirming(true) : undefined}
        />
        <div role="alert" className="message-slot">
          {deleteError ? <p className="error-message">{deleteError}</p> : null}
        </div>
      </section>
      {incident ? (
        <IncidentActions
          incident={incident}
          unitName={scope.unitName(incident.nodeId)}
          readOnly={readOnly}
        />
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('incidents.log.form.deleteTitle')}
        message={
          incident ? t('incidents.log.form.deleteMessage', { date: incident.date, type }) : ''
        }
        confirmLabel={t('incidents.log.form.deleteConfirm')}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
