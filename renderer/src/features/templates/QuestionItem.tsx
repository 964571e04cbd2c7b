import { useTranslation } from 'react-i18next';
import type { Question } from '@shared/schemas';

/** One question as read: text, "Lokal fråga", help text and legal references; edit buttons when allowed. */
export function QuestionItem({
  question,
  editable,
  editButtonId,
  onEdit,
  onRemove,
}: {
  question: Question;
  /** True only for a local question in a draft this installation owns. */
  editable: boolean;
  editButtonId: string;
  onEdit(): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const local = question.origin === 'local';
  return (
    <li className={local ? 'tpl-question tpl-question-local' : 'tpl-question'}>
      <p className="tpl-question-text">
        {question.text}
        {local ? (
          <span className="tpl-badge tpl-badge-local">{t('templates.localQuestion')}</span>
        ) : null}
      </p>
      {question.help ? <p className="tpl-question-help">{question.help}</p> : null}
      {question.legalRefs.length > 0 ? (
        <ul className="tpl-refs-list" aria-label={t('templates.legalRefs')}>
          {question.legalRefs.map((ref, index) => (
            <li key={index}>{ref.section ? `${ref.source} ${ref.section}` : ref.source}</li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <div className="tpl-question-actions">
          <button
            id={editButtonId}
            type="button"
            className="button tpl-button-small"
            aria-label={t('templates.editQuestionLabel', { text: question.text })}
            onClick={onEdit}
          >
            {t('templates.editQuestion')}
          </button>
          <button
            type="button"
            className="button button-danger tpl-button-small"
            aria-label={t('templates.removeQuestionLabel', { text: question.text })}
            onClick={onRemove}
          >
            {t('templates.removeQuestion')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
