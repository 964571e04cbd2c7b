import { useContext, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '@shared/schemas';
import { CreateActionForm } from './CreateActionForm';
import { LinkedActionsContext, NO_ACTIONS } from './linked-actions';

interface Props {
  number: number;
  questionId: string;
  questionText: string;
  nodeId: string;
  year: number;
  /** True when the answer is Delvis or Nej and the follow-up can be edited. */
  canCreate: boolean;
  /** Prefills "Ansvarig": usually the manager who leads the meeting. */
  responsible: string;
}

function ActionLine({ action }: { action: Action }) {
  const { t } = useTranslation();
  const details = [
    action.responsible ? t('checklist.action.responsibleShort', { name: action.responsible }) : '',
    action.dueDate ? t('checklist.action.dueShort', { date: action.dueDate }) : '',
    action.followUpDate ? t('checklist.action.followUpShort', { date: action.followUpDate }) : '',
  ].filter(Boolean);
  return (
    <li>
      <span className="action-text">{action.text}</span>
      {details.length > 0 ? <span className="action-details"> ({details.join(', ')})</span> : null}
    </li>
  );
}

/** The actions linked to a question, and the one-step "Skapa åtgärd" for a Delvis or Nej. */
export function QuestionActions(props: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const actions = useContext(LinkedActionsContext).get(props.questionId) ?? NO_ACTIONS;

  const close = (action: Action | null) => {
    setOpen(false);
    setSaved(action !== null);
    // Back to where the user was, so the keyboard flow continues with the next question.
    requestAnimationFrame(() => buttonRef.current?.focus());
  };

  return (
    <div className="question-actions">
      {actions.length > 0 ? (
        <div className="linked-actions">
          <span className="linked-actions-label">{t('checklist.action.created')}</span>
          <ul>
            {actions.map((action) => (
              <ActionLine key={action.id} action={action} />
            ))}
          </ul>
        </div>
      ) : null}
      {props.canCreate && !open ? (
        <button
          ref={buttonRef}
          type="button"
          className="button button-small"
          aria-label={t('checklist.action.createFor', { n: props.number })}
          onClick={() => {
            setSaved(false);
            setOpen(true);
          }}
        >
          {t('checklist.action.create')}
        </button>
      ) : null}
      {props.canCreate && open ? (
        <CreateActionForm
          number={props.number}
          questionId={props.questionId}
          questionText={props.questionText}
          nodeId={props.nodeId}
          year={props.year}
          responsible={props.responsible}
          onDone={close}
        />
      ) : null}
      <p role="status" className="quiet-status">
        {saved && props.canCreate ? t('checklist.action.saved') : ''}
      </p>
    </div>
  );
}
