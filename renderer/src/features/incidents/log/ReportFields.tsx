import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  isOccupationalInjury,
  requiredReports,
  suggestsInjuryReport,
} from '@shared/incidents/legal';
import { FormField, fieldAria } from './FormField';
import type { IncidentFormInput } from './incident-form-schema';

/**
 * The legal part of the form: the serious checkbox with what counts as serious, and the report
 * dates it calls for. Arbetsmiljöverket is asked for when the event is serious; Försäkringskassan
 * for every occupational injury, required when serious and otherwise an optional date with a
 * quiet hint. A date already recorded stays visible even when it is no longer required, so what
 * is saved is always what is shown.
 */
export function ReportFields({
  idBase,
  register,
  control,
  errors,
}: {
  idBase: string;
  register: UseFormRegister<IncidentFormInput>;
  control: Control<IncidentFormInput>;
  errors: FieldErrors<IncidentFormInput>;
}) {
  const { t } = useTranslation();
  const [serious, type, av, fk] = useWatch({
    control,
    name: ['serious', 'type', 'reportedToAV', 'reportedToFK'],
  });
  const injury = type !== '' && isOccupationalInjury(type);
  const required = type === '' ? { av: serious, fk: false } : requiredReports({ serious, type });
  const showAV = serious || av !== '';
  const showFK = injury || fk !== '';
  const seriousId = `${idBase}-serious`;
  const avId = `${idBase}-reportedToAV`;
  const fkId = `${idBase}-reportedToFK`;
  const requiredNote = (
    <span className="ilog-required-note">{t('incidents.log.legal.required')}</span>
  );

  return (
    <fieldset className="ilog-legal">
      <legend>{t('incidents.log.legal.legend')}</legend>
      <div className="ilog-check">
        <input
          type="checkbox"
          id={seriousId}
          aria-describedby={`${seriousId}-help`}
          {...register('serious')}
        />
        <label htmlFor={seriousId}>{t('incidents.log.legal.serious')}</label>
      </div>
      <p className="ilog-field-help ilog-check-help" id={`${seriousId}-help`}>
        {t('incidents.log.legal.seriousHelp')}
      </p>
      {showAV || showFK ? (
        <div className="ilog-report-fields">
          {showAV ? (
            <FormField
              id={avId}
              label={t('incidents.log.legal.reportedToAV')}
              help={
                <>
                  {t('incidents.log.legal.reportedToAVHelp')} {required.av ? requiredNote : null}
                </>
              }
              error={errors.reportedToAV?.message}
            >
              <input
                type="text"
                inputMode="numeric"
                autoComplete="off"
                maxLength={10}
                {...fieldAria(avId, true, errors.reportedToAV?.message)}
                {...register('reportedToAV')}
              />
            </FormField>
          ) : null}
          {showFK ? (
            <FormField
              id={fkId}
              label={t('incidents.log.legal.reportedToFK')}
              help={
                required.fk ? (
                  <>
                    {t('incidents.log.legal.reportedToFKHelp')} {requiredNote}
                  </>
                ) : (
                  t('incidents.log.legal.reportedToFKOptionalHelp')
                )
              }
              error={errors.reportedToFK?.message}
            >
              <input
                type="text"
                inputMode="numeric"
                autoComplete="off"
                maxLength={10}
                {...fieldAria(fkId, true, errors.reportedToFK?.message)}
                {...register('reportedToFK')}
              />
            </FormField>
          ) : null}
        </div>
      ) : null}
      {type !== '' && suggestsInjuryReport({ serious, type }) ? (
        <p className="ilog-hint">{t('incidents.log.legal.injuryHint')}</p>
      ) : null}
    </fieldset>
  );
}
