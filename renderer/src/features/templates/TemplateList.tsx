import { useTranslation } from 'react-i18next';
import type { Template } from '@shared/schemas';
import { questionCounts } from '@shared/templates/versioning';
import { formatNumber } from '@shared/format';
import { StatusBadge } from './StatusBadge';
import { LIST_HEADING_ID } from './focus-ids';
import { useTemplateLabels } from './useTemplateLabels';

/** Every template version as a table: year, version, status, owner and how much it is used. */
export function TemplateList({
  templates,
  followUps,
  selectedId,
  onSelect,
}: {
  templates: readonly Template[];
  followUps: ReadonlyMap<string, number>;
  selectedId: string | null;
  onSelect(id: string): void;
}) {
  const { t } = useTranslation();
  const labels = useTemplateLabels();

  return (
    <div className="card">
      <h2 id={LIST_HEADING_ID} tabIndex={-1}>
        {t('templates.listHeading')}
      </h2>
      {templates.length === 0 ? (
        <p className="help">{t('templates.noTemplates')}</p>
      ) : (
        <div className="tpl-table-wrap">
          <table className="tpl-table">
            <caption className="visually-hidden">{t('templates.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('templates.colYear')}</th>
                <th scope="col">{t('templates.colVersion')}</th>
                <th scope="col">{t('templates.colOwner')}</th>
                <th scope="col">{t('templates.colStatus')}</th>
                <th scope="col">{t('templates.colPublished')}</th>
                <th scope="col" className="tpl-num">
                  {t('templates.colQuestions')}
                </th>
                <th scope="col" className="tpl-num">
                  {t('templates.colFollowUps')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('templates.colShow')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {templates.map((template) => {
                const selected = template.id === selectedId;
                const counts = questionCounts(template);
                return (
                  <tr key={template.id} className={selected ? 'tpl-row-selected' : undefined}>
                    <td>{template.year}</td>
                    <td>{template.version}</td>
                    <td>{labels.owner(template)}</td>
                    <td>
                      <StatusBadge template={template} />
                    </td>
                    <td>{labels.published(template)}</td>
                    <td className="tpl-num">
                      {counts.local > 0
                        ? t('templates.questionCountLocal', counts)
                        : t('templates.questionCount', counts)}
                    </td>
                    <td className="tpl-num">{formatNumber(followUps.get(template.id) ?? 0)}</td>
                    <td>
                      <button
                        type="button"
                        className="button tpl-button-small"
                        aria-label={t('templates.showLabel', { title: labels.title(template) })}
                        aria-pressed={selected}
                        onClick={() => onSelect(template.id)}
                      >
                        {t('templates.show')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
