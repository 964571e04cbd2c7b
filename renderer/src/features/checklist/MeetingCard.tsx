import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './FormFields';

/** When the follow-up meeting was held and who took part. */
export const MeetingCard = memo(function MeetingCard({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="meeting-heading">
      <h2 id="meeting-heading">{t('checklist.meeting.heading')}</h2>
      <p className="help">{t('checklist.meeting.help')}</p>
      <div className="field-grid">
        <TextField
          name="meetingDate"
          label={t('checklist.meeting.date')}
          hint={t('checklist.meeting.dateHelp')}
          inputMode="numeric"
          size={12}
          readOnly={readOnly}
        />
        <TextField
          name="manager"
          label={t('checklist.meeting.manager')}
          autoComplete="name"
          readOnly={readOnly}
        />
        <TextField name="safetyRep" label={t('checklist.meeting.safetyRep')} readOnly={readOnly} />
        <TextField
          name="staffCount"
          label={t('checklist.meeting.staffCount')}
          inputMode="numeric"
          size={8}
          readOnly={readOnly}
        />
      </div>
    </section>
  );
});
