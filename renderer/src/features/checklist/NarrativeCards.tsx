import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { NARRATIVE_KEYS, SUMMARY_KEYS } from './form-model';
import { TextAreaField } from './FormFields';

/** The year in words: what was done, what it gave, what improved and what could not be done. */
export const NarrativeCard = memo(function NarrativeCard({
  covered,
  readOnly,
}: {
  covered: number;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="narrative-heading">
      <h2 id="narrative-heading">{t('checklist.narrative.heading', { covered })}</h2>
      <p className="help">{t('checklist.narrative.help')}</p>
      {NARRATIVE_KEYS.map((key) => (
        <TextAreaField
          key={key}
          name={`narrative.${key}`}
          label={t(`checklist.narrative.${key}`)}
          readOnly={readOnly}
          rows={4}
        />
      ))}
    </section>
  );
});

/** The unit's summary, good examples, challenges and priorities: what goes upward. */
export const SummaryCard = memo(function SummaryCard({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('checklist.summary.heading')}</h2>
      <p className="help">{t('checklist.summary.help')}</p>
      {SUMMARY_KEYS.map((key) => (
        <TextAreaField
          key={key}
          name={`summary.${key}`}
          label={t(`checklist.summary.${key}`)}
          readOnly={readOnly}
          rows={3}
        />
      ))}
    </section>
  );
});
