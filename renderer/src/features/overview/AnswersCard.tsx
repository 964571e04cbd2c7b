import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '@shared/schemas';
import { AnswerLegend, AnswerStackedBars } from '../../components/charts/AnswerStackedBars';
import { answersBySection, totalCounts, type SectionGroup } from './overview-model';
import type { UnitYearOf } from './useOverviewData';

type View = 'section' | 'question';

/**
 * The checklist answers as stacked bars. A unit has one answer per question, so its bars are per
 * section (with a per-question list); a higher node sums its units per section or per question.
 */
export function AnswersCard({
  isUnit,
  units,
  nodeName,
}: {
  isUnit: boolean;
  units: readonly UnitYearOf[];
  nodeName: string;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('section');
  const [tableVisible, setTableVisible] = useState(false);
  const groups = useMemo(() => answersBySection(units), [units]);
  const total = useMemo(() => totalCounts(groups), [groups]);
  const name = useId();

  return (
    <div className="card">
      <h2>{t('overview.answers.heading')}</h2>
      {groups.length === 0 ? (
        <p>{isUnit ? t('overview.answers.noneUnit') : t('overview.answers.noneHigher')}</p>
      ) : (
        <>
          <p className="help">
            {isUnit
              ? t('overview.answers.helpUnit', { count: total.n })
              : t('overview.answers.helpHigher', { count: total.n })}
          </p>
          <div className="overview-controls">
            <fieldset className="radio-group overview-view">
              <legend>{t('overview.answers.view')}</legend>
              {(['section', 'question'] as const).map((value) => (
                <label key={value} className="radio">
                  <input
                    type="radio"
                    name={name}
                    value={value}
                    checked={view === value}
                    onChange={() => setView(value)}
                  />
                  {t(`overview.answers.by.${value}`)}
                </label>
              ))}
            </fieldset>
            {view === 'section' || !isUnit ? (
              <label className="overview-checkbox">
                <input
                  type="checkbox"
                  checked={tableVisible}
                  onChange={(e) => setTableVisible(e.target.checked)}
                />
                {t('overview.answers.showTable')}
              </label>
            ) : null}
          </div>
          {view === 'section' ? (
            <AnswerStackedBars
              caption={t('overview.answers.sectionCaption', { node: nodeName })}
              labelHeading={t('overview.answers.section')}
              tableVisible={tableVisible}
              rows={[
                { id: 'total', label: t('overview.answers.total'), counts: total, total: true },
                ...groups.map((g) => ({ id: g.id, label: g.title, counts: g.total })),
              ]}
            />
          ) : isUnit ? (
            <UnitAnswerList groups={groups} answers={units[0]?.answers ?? []} />
          ) : (
            <>
              <AnswerLegend />
              {groups.map((group) => (
                <div key={group.id} className="overview-section-chart">
                  <h3>{group.title}</h3>
                  <AnswerStackedBars
                    showLegend={false}
                    caption={t('overview.answers.questionCaption', { section: group.title })}
                    labelHeading={t('overview.answers.question')}
                    tableVisible={tableVisible}
                    rows={group.questions}
                  />
                </div>
              ))}
            </>
          )}
        </>
      )}
    </div>
  );
}

/** A unit's own answer to each question, in words and colour, with its comment. */
function UnitAnswerList({
  groups,
  answers,
}: {
  groups: readonly SectionGroup[];
  answers: readonly Answer[];
}) {
  const { t } = useTranslation();
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  return (
    <div className="overview-question-list">
      {groups.map((group) => (
        <div key={group.id}>
          <h3>{group.title}</h3>
          <ul>
            {group.questions.map((question) => {
              const answer = byQuestion.get(question.id);
              const value = answer?.value ?? null;
              return (
                <li key={question.id}>
                  <span className="overview-question-text">{question.label}</span>
                  <span className={`overview-answer overview-answer-${value ?? 'none'}`}>
                    {value ? t(`overview.chart.${value}`) : t('overview.answers.unanswered')}
                  </span>
                  {answer?.comment ? (
                    <span className="overview-comment">{answer.comment}</span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
