import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_DUTIES } from '@shared/incidents/legal';
import { incidentFormSchema } from './incident-form-schema';

/** The incident form's schema with its messages in the current language. */
export function useIncidentFormSchema(today: string) {
  const { t } = useTranslation();
  return useMemo(
    () =>
      incidentFormSchema(
        {
          typeRequired: t('incidents.log.form.errors.typeRequired'),
          dateFormat: t('incidents.log.form.errors.dateFormat'),
          dateInvalid: t('incidents.log.form.errors.dateInvalid'),
          dateFuture: t('incidents.log.form.errors.dateFuture'),
          timeFormat: t('incidents.log.form.errors.timeFormat'),
          unitRequired: t('incidents.log.form.errors.unitRequired'),
          descriptionRequired: t('incidents.log.form.errors.descriptionRequired'),
          tooLong: (max) => t('incidents.log.form.errors.tooLong', { max }),
          reportBeforeEvent: t('incidents.log.form.errors.reportBeforeEvent'),
          reportFuture: t('incidents.log.form.errors.reportFuture'),
          cannotClose: (missing) =>
            t('incidents.log.form.errors.cannotClose', {
              reports: missing
                .map((kind) =>
                  t('incidents.log.form.errors.cannotCloseReport', {
                    authority: t(`incidents.log.authority.${kind}`),
                    law: REPORT_DUTIES[kind].law,
                  }),
                )
                .join(t('incidents.log.form.errors.and')),
            }),
        },
        today,
      ),
    [t, today],
  );
}
