import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '@shared/schemas';
import { formatIsoDate } from '@shared/format';
import { useWork } from '../../shell/WorkContext';

export interface TemplateLabels {
  /** The owning node's name, or "Standardmall" for the built-in default. */
  owner(template: Template): string;
  /** "Socialförvaltningen 2027, version 2". */
  title(template: Template): string;
  /** The publishing date as YYYY-MM-DD, "inbyggd" for the default, "–" for a draft. */
  published(template: Template): string;
  status(template: Template): string;
}

/** How a template version is named everywhere on the screen, so list and view agree. */
export function useTemplateLabels(): TemplateLabels {
  const { t } = useTranslation();
  const { tree } = useWork();
  const owner = useCallback(
    (template: Template) =>
      template.ownerNodeId === null
        ? t('templates.defaultOwner')
        : (tree.byId.get(template.ownerNodeId)?.name ??
          t('templates.unknownOwner', { id: template.ownerNodeId })),
    [t, tree],
  );
  return useMemo(
    () => ({
      owner,
      title: (template) =>
        t('templates.versionTitle', {
          owner: owner(template),
          year: template.year,
          version: template.version,
        }),
      published: (template) =>
        template.status === 'draft'
          ? '–'
          : template.publishedAt
            ? formatIsoDate(new Date(template.publishedAt))
            : t('templates.builtIn'),
      status: (template) =>
        template.status === 'draft' ? t('templates.statusDraft') : t('templates.statusPublished'),
    }),
    [owner, t],
  );
}
