import { useTranslation } from 'react-i18next';
import type { Template } from '@shared/schemas';
import { formatNumber } from '@shared/format';
import { questionCounts } from '@shared/templates/versioning';
import { useTemplateLabels } from './useTemplateLabels';

/** Owner, publishing date, number of questions and follow-ups of one version, at a glance. */
export function TemplateMeta({ template, followUps }: { template: Template; followUps: number }) {
  const { t } = useTranslation();
  const labels = useTemplateLabels();
  const counts = questionCounts(template);
  return (
    <dl className="tpl-meta">
      <div>
        <dt>{t('templates.metaOwner')}</dt>
        <dd>{labels.owner(template)}</dd>
      </div>
      <div>
        <dt>{t('templates.metaPublished')}</dt>
        <dd>
          {template.status === 'published' && template.publishedAt === null
            ? t('templates.publishedBuiltIn')
            : labels.published(template)}
        </dd>
      </div>
      <div>
        <dt>{t('templates.metaQuestions')}</dt>
        <dd>
          {counts.local > 0
            ? t('templates.questionCountLocal', counts)
            : t('templates.questionCount', counts)}
        </dd>
      </div>
      <div>
        <dt>{t('templates.metaFollowUps')}</dt>
        <dd>{formatNumber(followUps)}</dd>
      </div>
    </dl>
  );
}
