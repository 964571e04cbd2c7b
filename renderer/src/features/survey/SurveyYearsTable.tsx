import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Survey } from '@shared/schemas';
import { formatFixed, formatNumber, formatPercent } from '@shared/format';
import { HME_ITEMS, SUB_INDICES, hmeOfSurvey, surveyHme } from '@shared/survey/hme';

/** The node's survey over three years side by side, read-only, as the report shows it. */
export function SurveyYearsTable({
  nodeName,
  years,
  surveys,
}: {
  nodeName: string;
  /** Newest first. */
  years: number[];
  surveys: Survey[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const byYear = years.map((y) => surveys.find((s) => s.year === y) ?? null);
  const from = years[years.length - 1] ?? 0;
  const to = years[0] ?? 0;
  const missing = t('survey.years.missing');
  const index = (v: number | null | undefined) =>
    v === null || v === undefined ? missing : formatNumber(v, 1);
  const subs = byYear.map((s) => (s ? hmeOfSurvey(s).subIndices : null));

  const rows: { key: string; label: string; cells: string[] }[] = [
    {
      key: 'rate',
      label: t('survey.years.responseRate'),
      cells: byYear.map((s) =>
        s?.responseRate === null || s === null ? missing : formatPercent(s.responseRate / 100, 0),
      ),
    },
    {
      key: 'ti',
      label: t('survey.years.totalIndex'),
      cells: byYear.map((s) => index(s?.totalIndex)),
    },
    {
      key: 'hme',
      label: t('survey.years.hme'),
      cells: byYear.map((s) => index(s ? surveyHme(s) : null)),
    },
    ...SUB_INDICES.map((sub) => ({
      key: sub.key,
      label: t('survey.years.subIndex', { name: t(`survey.subIndices.${sub.key}`) }),
      cells: subs.map((x) => index(x?.[sub.key])),
    })),
    ...HME_ITEMS.map((item, i) => ({
      key: item.key,
      label: t('survey.years.item', { number: i + 1, label: item.label }),
      cells: byYear.map((s) => {
        const mean = s?.items.find((x) => x.key === item.key)?.mean;
        return mean === null || mean === undefined ? missing : formatFixed(mean);
      }),
    })),
  ];

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('survey.years.heading')}</h2>
      {byYear.every((s) => s === null) ? (
        <p>{t('survey.years.none', { node: nodeName, from, to })}</p>
      ) : (
        <div className="survey-table-wrap">
          <table className="survey-table survey-years">
            <caption>{t('survey.years.caption', { node: nodeName, from, to })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('survey.years.measure')}</th>
                {years.map((y) => (
                  <th scope="col" key={y}>
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, i) => (
                    <td key={years[i]}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
