import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormContext, useWatch } from 'react-hook-form';
import type { FollowUp } from '@shared/schemas';
import { localeOf } from '../../i18n';
import { splitValid, type FollowUpFormValues } from './form-model';
import { followUpStatus, progressOf, type FollowUpStatus } from './follow-up-status';
import type { SaveState } from './useAutosave';

/** The follow-up's status as a coloured label; `short` leaves out n of N (shown beside it). */
export function StatusChip({ status, short = false }: { status: FollowUpStatus; short?: boolean }) {
  const { t } = useTranslation();
  const text =
    status.kind === 'notStarted'
      ? t('checklist.status.notStarted')
      : status.kind === 'inProgress'
        ? short
          ? t('checklist.status.inProgressShort')
          : t('checklist.status.inProgress', { answered: status.answered, total: status.total })
        : t('checklist.status.signed', { date: status.date });
  return <span className={`status-chip status-${status.kind}`}>{text}</span>;
}

function SaveStatus({ state, readOnly }: { state: SaveState; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const time = (at: Date) =>
    new Intl.DateTimeFormat(localeOf(i18n.language), { hour: '2-digit', minute: '2-digit' }).format(
      at,
    );
  const text = readOnly
    ? ''
    : state.kind === 'saving'
      ? t('checklist.save.saving')
      : state.kind === 'saved'
        ? t('checklist.save.saved', { time: time(state.at) })
        : state.kind === 'idle'
          ? t('checklist.save.idle')
          : '';
  return (
    <>
      <p role="status" className="save-status">
        {text}
      </p>
      {state.kind === 'failed' ? (
        <p role="alert" className="error-message">
          {t('checklist.save.failed', { message: state.message })}
        </p>
      ) : null}
    </>
  );
}

/**
 * Stays in view while the group works down the list: how far they have come, the status and
 * whether the last change is saved.
 */
export function FollowUpStatusBar({
  followUp,
  saveState,
  readOnly,
}: {
  followUp: FollowUp;
  saveState: SaveState;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  // Re-render on every change; getValues() then gives the whole form with its full type.
  useWatch<FollowUpFormValues>();
  const values = useFormContext<FollowUpFormValues>().getValues();
  const items = values.items;
  const draftKept = splitValid(values).invalid.length > 0;
  const progress = progressOf(items.map((item) => item.value));
  return (
    <div className="followup-statusbar">
      <div className="progress-block">
        <label htmlFor={id} className="field-label">
          {t('checklist.progressLabel')}
        </label>
        <progress id={id} max={progress.total} value={progress.answered}>
          {t('checklist.progress', progress)}
        </progress>
        <span className="progress-text">{t('checklist.progress', progress)}</span>
      </div>
      <div className="status-block">
        <span className="field-label">{t('checklist.status.label')}</span>
        <StatusChip status={followUpStatus(followUp, progress)} short />
      </div>
      <div className="save-block">
        <SaveStatus state={saveState} readOnly={readOnly} />
      </div>
      {draftKept && !readOnly ? (
        <p className="draft-kept">{t('checklist.save.draftKept')}</p>
      ) : null}
    </div>
  );
}
