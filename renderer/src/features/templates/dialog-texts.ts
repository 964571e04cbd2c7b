import type { TFunction } from 'i18next';
import type { Question, Template, TemplateSection } from '@shared/schemas';

/** What the user is asked to confirm on the template view. */
export type Pending =
  | { kind: 'publish' }
  | { kind: 'delete' }
  | { kind: 'removeQuestion'; sectionId: string; question: Question }
  | { kind: 'removeSection'; section: TemplateSection }
  | null;

/** Title, message and confirm label of the one confirmation dialog on the template view. */
export function dialogTexts(
  pending: Pending,
  template: Template,
  owner: string,
  t: TFunction,
): { title: string; message: string; confirm: string } {
  switch (pending?.kind) {
    case 'delete':
      return {
        title: t('templates.deleteDraftTitle'),
        message: t('templates.deleteDraftMessage'),
        confirm: t('templates.deleteDraft'),
      };
    case 'removeQuestion':
      return {
        title: t('templates.removeQuestionTitle'),
        message: t('templates.removeQuestionMessage', { text: pending.question.text }),
        confirm: t('templates.removeQuestion'),
      };
    case 'removeSection':
      return {
        title: t('templates.removeSectionTitle'),
        message: t('templates.removeSectionMessage', { title: pending.section.title }),
        confirm: t('templates.removeSection'),
      };
    default:
      return {
        title: t('templates.publishTitle', { version: template.version, year: template.year }),
        message: t('templates.publishMessage', { year: template.year, owner }),
        confirm: t('templates.publish'),
      };
  }
}
