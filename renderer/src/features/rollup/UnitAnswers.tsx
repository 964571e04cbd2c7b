import { useTranslation } from 'react-i18next';
import type { Answer, Template } from '@shared/schemas';

/**
 * Every answer of the unit, per section of the template it was answered against, with the
 * comment when the report carries it (comments leave the unit only if it chose to send them).
 */
export function UnitAnswers({
  template,
  answers,
}: {
  template: Template | undefined;
  answers: readonly Answer[];
}) {
  const { t } = useTranslation();
  const byQuestion = new Map<string, Answer>();
  for (const answer of answers)
    if (!byQuestion.has(answer.questionId)) byQuestion.set(answer.questionId, answer);
  return (
    <section className="card" aria-labelledby="rollup-unit-answers">
      <h2 id="rollup-unit-answers">{t('rollup.unitView.answersHeading')}</h2>
      {!template ? (
        <p>{t('rollup.unitView.noTemplate')}</p>
      ) : (
        template.sections.map((section) => (
          <div key={section.id} className="rollup-table-wrap">
            <table className="rollup-table rollup-answer-table">
              <caption>{section.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rollup.unitView.question')}</th>
                  <th scope="col">{t('rollup.unitView.answer')}</th>
                  <th scope="col">{t('rollup.unitView.comment')}</th>
                </tr>
              </thead>
              <tbody>
                {section.questions.map((question) => {
                  const answer = byQuestion.get(question.id);
                  const value = answer?.value ?? null;
                  return (
                    <tr key={question.id}>
                      <th scope="row" className="rollup-plain">
                        {question.text}
                      </th>
                      <td>
                        <span className={`rollup-answer rollup-answer-${value ?? 'none'}`}>
                          {value ? t(`overview.chart.${value}`) : t('rollup.unitView.unanswered')}
                        </span>
                      </td>
                      <td>{answer?.comment || '–'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))
      )}
    </section>
  );
}
