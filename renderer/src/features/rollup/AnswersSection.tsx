import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCounts, emptyCounts } from '@shared/rollup/answer-stats';
import type { Aggregate } from '@shared/rollup/types';
import { formatNumber } from '@shared/format';
import { AnswerLegend, AnswerStackedBars } from '../../components/charts/AnswerStackedBars';
import { localeOf } from '../../i18n';

/**
 * Ja / Delvis / Nej / Vet ej per question over every unit below, as the seed's stacked bars, one
 * chart per checklist section. Each chart carries a table of the exact counts and shares (two
 * decimals), visible on request and always there for screen readers.
 */
export function AnswersSection({ aggregate }: { aggregate: Aggregate }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const [tableVisible, setTableVisible] = useState(false);
  const sections = aggregate.sections.filter((s) => s.questions.length > 0);
  const total = sections
    .flatMap((s) => s.questions)
    .reduce((sum, q) => addCounts(sum, q.counts), emptyCounts());

  return (
    <section className="card" aria-labelledby="rollup-answers">
      <h2 id="rollup-answers">{t('rollup.answers.heading')}</h2>
      {total.n === 0 ? (
        <p>{t('rollup.answers.none')}</p>
      ) : (
        <>
          <p className="help">
            {t('rollup.answers.help', { count: total.n, n: formatNumber(total.n, 0, locale) })}
          </p>
          <label className="rollup-checkbox">
            <input
              type="checkbox"
              checked={tableVisible}
              onChange={(e) => setTableVisible(e.target.checked)}
            />
            {t('rollup.answers.showTables')}
          </label>
          <AnswerLegend />
          {sections.map((section) => (
            <div key={section.id} className="rollup-answer-section">
              <h3>{section.title}</h3>
              <AnswerStackedBars
                showLegend={false}
                tableVisible={tableVisible}
                locale={locale}
                caption={t('rollup.answers.caption', {
                  section: section.title,
                  node: aggregate.node.name,
                })}
                labelHeading={t('rollup.answers.question')}
                rows={[
                  ...section.questions.map((q) => ({
                    id: q.questionId,
                    label: q.text,
                    counts: q.counts,
                  })),
                  {
                    id: `${section.id}:total`,
                    label: t('rollup.answers.sectionTotal'),
                    counts: section.questions.reduce(
                      (sum, q) => addCounts(sum, q.counts),
                      emptyCounts(),
                    ),
                    total: true,
                  },
                ]}
              />
            </div>
          ))}
        </>
      )}
    </section>
  );
}
