import { useTranslation } from 'react-i18next';
import { useFormContext, useWatch } from 'react-hook-form';
import { ANSWER_VALUES } from '@shared/schemas';
import type { FollowUpFormValues } from './form-model';

/**
 * Ja / Delvis / Nej / Vet ej as real radios (arrow keys move between them) styled as a row of
 * large targets, each in its answer colour once chosen. Read-only, the answer is a coloured label.
 */
export function AnswerScale({ index, readOnly }: { index: number; readOnly: boolean }) {
  const { t } = useTranslation();
  const { register } = useFormContext<FollowUpFormValues>();
  const value = useWatch<FollowUpFormValues, `items.${number}.value`>({
    name: `items.${index}.value`,
  });

  if (readOnly) {
    return (
      <p className="answer-readonly">
        <span className="field-label">{t('checklist.question.answer')}</span>
        <span className={`answer-chip answer-${value || 'none'}`}>
          {value === '' ? t('checklist.question.unanswered') : t(`checklist.answers.${value}`)}
        </span>
      </p>
    );
  }

  const field = register(`items.${index}.value`);
  return (
    <div className="answer-scale">
      {ANSWER_VALUES.map((option) => (
        <label
          key={option}
          className={`answer-option answer-${option}${value === option ? ' is-checked' : ''}`}
        >
          <input type="radio" value={option} {...field} />
          <span>{t(`checklist.answers.${option}`)}</span>
        </label>
      ))}
    </div>
  );
}
