import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import type { LegalRef, Question } from '@shared/schemas';
import { AnswerScale } from './AnswerScale';
import { TextAreaField } from './FormFields';
import type { FollowUpFormValues } from './form-model';
import { needsAction } from './follow-up-status';
import { QuestionActions } from './QuestionActions';

export function formatLegalRef(ref: LegalRef): string {
  return ref.section ? `${ref.source} ${ref.section}` : ref.source;
}

interface Props {
  question: Question;
  /** 1-based across the whole checklist, as in the printed report. */
  number: number;
  /** The question's place in the form's items. */
  index: number;
  readOnly: boolean;
  nodeId: string;
  year: number;
}

/**
 * One checklist question: text, legal references, help, the answer, a comment and its actions.
 * Memoised with only stable props, so answering one question re-renders that question alone.
 */
export const QuestionItem = memo(function QuestionItem({
  question,
  number,
  index,
  readOnly,
  nodeId,
  year,
}: Props) {
  const { t } = useTranslation();
  const value = useWatch<FollowUpFormValues, `items.${number}.value`>({
    name: `items.${index}.value`,
  });
  const manager = useWatch<FollowUpFormValues, 'manager'>({ name: 'manager' });
  const refs = question.legalRefs.map(formatLegalRef).join('; ');

  return (
    <li className={`question question-${value || 'none'}`}>
      <fieldset className="question-fieldset">
        <legend className="question-text">
          <span className="question-number" aria-hidden="true">
            {number}.
          </span>{' '}
          {question.text}
        </legend>
        {refs ? (
          <p className="legal-refs">
            <span className="visually-hidden">{t('checklist.question.legal')}: </span>
            {refs}
          </p>
        ) : null}
        {question.help ? (
          <details className="question-help">
            <summary>{t('checklist.question.help')}</summary>
            <p>{question.help}</p>
          </details>
        ) : null}
        <AnswerScale index={index} readOnly={readOnly} />
      </fieldset>
      <TextAreaField
        name={`items.${index}.comment`}
        hideWhenEmpty
        label={t('checklist.question.comment')}
        srSuffix={t('checklist.question.commentSuffix', { n: number })}
        readOnly={readOnly}
        rows={2}
      />
      <QuestionActions
        number={number}
        questionId={question.id}
        questionText={question.text}
        nodeId={nodeId}
        year={year}
        canCreate={!readOnly && needsAction(value)}
        responsible={manager}
      />
    </li>
  );
});
