import { useTranslation } from 'react-i18next';
import type { Question, TemplateSection } from '@shared/schemas';
import { isLocalSection, type LocalQuestionInput } from '@shared/templates/versioning';
import { LocalQuestionForm } from './LocalQuestionForm';
import { QuestionItem } from './QuestionItem';
import { focusIds } from './focus-ids';

/** What the section is busy with: nothing, adding a question, or editing one of its questions. */
export type SectionEditing = { kind: 'add' } | { kind: 'edit'; questionId: string } | null;

/**
 * One section as a disclosure (WAI-ARIA: a heading holding a button with aria-expanded), so the
 * 14 sections of the default template can be scanned before reading 38 questions.
 */
export function TemplateSectionBlock({
  section,
  open,
  onToggle,
  editable,
  editing,
  onStartAdd,
  onStartEdit,
  onCancel,
  onAdd,
  onEdit,
  onRemoveQuestion,
  onRemoveSection,
}: {
  section: TemplateSection;
  open: boolean;
  onToggle(): void;
  /** The template is a draft this installation owns. */
  editable: boolean;
  editing: SectionEditing;
  onStartAdd(): void;
  onStartEdit(questionId: string): void;
  onCancel(): void;
  onAdd(input: LocalQuestionInput): Promise<void>;
  onEdit(questionId: string, input: LocalQuestionInput): Promise<void>;
  onRemoveQuestion(question: Question): void;
  onRemoveSection(): void;
}) {
  const { t } = useTranslation();
  const ids = focusIds(section.id);
  const local = section.questions.filter((q) => q.origin === 'local').length;

  return (
    <section className="tpl-section" aria-labelledby={ids.toggle}>
      <h3 className="tpl-section-heading">
        <button
          id={ids.toggle}
          type="button"
          className="tpl-section-toggle"
          aria-expanded={open}
          aria-controls={ids.panel}
          onClick={onToggle}
        >
          <span className="tpl-section-title">{section.title}</span>
          <span className="tpl-section-count">
            {t('templates.sectionCount', { count: section.questions.length })}
            {local > 0 ? ` · ${t('templates.sectionLocalCount', { count: local })}` : null}
          </span>
        </button>
      </h3>
      <div id={ids.panel} className="tpl-section-panel" hidden={!open}>
        {section.questions.length === 0 ? (
          <p className="help">{t('templates.emptySection')}</p>
        ) : (
          <ol className="tpl-questions">
            {section.questions.map((question) =>
              editing?.kind === 'edit' && editing.questionId === question.id ? (
                <li key={question.id} className="tpl-question tpl-question-editing">
                  <LocalQuestionForm
                    question={question}
                    heading={t('templates.form.editQuestion')}
                    submitLabel={t('templates.form.saveQuestion')}
                    onSubmit={(input) => onEdit(question.id, input)}
                    onCancel={onCancel}
                  />
                </li>
              ) : (
                <QuestionItem
                  key={question.id}
                  question={question}
                  editable={editable && question.origin === 'local'}
                  editButtonId={focusIds(section.id).edit(question.id)}
                  onEdit={() => onStartEdit(question.id)}
                  onRemove={() => onRemoveQuestion(question)}
                />
              ),
            )}
          </ol>
        )}
        {editable && editing?.kind === 'add' ? (
          <LocalQuestionForm
            heading={t('templates.form.newQuestion')}
            submitLabel={t('templates.form.addQuestion')}
            onSubmit={onAdd}
            onCancel={onCancel}
          />
        ) : null}
        {editable && editing === null ? (
          <div className="button-row tpl-section-actions">
            <button
              id={ids.add}
              type="button"
              className="button tpl-button-small"
              aria-label={t('templates.addQuestionIn', { section: section.title })}
              onClick={onStartAdd}
            >
              {t('templates.addQuestion')}
            </button>
            {isLocalSection(section) ? (
              <button
                type="button"
                className="button button-danger tpl-button-small"
                onClick={onRemoveSection}
              >
                {t('templates.removeSection')}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
