import { useId, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { compareActions, isOpen, isOverdue } from '@shared/actions';
import { formatIsoDate } from '@shared/format';
import type { Action, ActionStatus, OrgNode } from '@shared/schemas';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RepositoryError, deleteAction, getDb, listActions, saveAction } from '../../data';
import { ActionForm } from './ActionForm';
import { ActionPlanTable } from './ActionPlanTable';
import { ACTION_FILTERS, isActionFilter, matchesFilter, type ActionFilter } from './action-filter';
import { useTemplateQuestions } from './useTemplateQuestions';

type Editing = { action?: Action; initialStatus?: ActionStatus } | null;
type Message = { kind: 'status' | 'error'; text: string } | null;

/** The node's action plan for the year: filter, add, edit, change status, delete. */
export function ActionPlan({
  node,
  year,
  readOnly,
}: {
  node: OrgNode;
  year: number;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const filterId = useId();
  const stored = useLiveQuery(() => listActions(getDb(), node.id, year), [node.id, year]);
  const questions = useTemplateQuestions(node.id, year);
  const [filter, setFilter] = useState<ActionFilter>('all');
  const [editing, setEditing] = useState<Editing>(null);
  const [pendingDelete, setPendingDelete] = useState<Action | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const today = formatIsoDate(new Date());

  const actions = [...(stored ?? [])].sort(compareActions);
  const shown = actions.filter((a) => matchesFilter(a, filter, today));
  const open = actions.filter(isOpen).length;
  const overdue = actions.filter((a) => isOverdue(a, today)).length;

  const closeForm = () => {
    setEditing(null);
    // The form is gone: give focus a sensible place to land.
    requestAnimationFrame(() => addButton.current?.focus());
  };

  const run = async (work: () => Promise<string>) => {
    try {
      setMessage({ kind: 'status', text: await work() });
    } catch (error) {
      setMessage({
        kind: 'error',
        text: error instanceof RepositoryError ? error.message : String(error),
      });
    }
  };

  const onStatus = (action: Action, status: ActionStatus) => {
    // "Ej genomförd" needs its reason: ask for it in the form rather than saving without one.
    if (status === 'ej_genomford') {
      setMessage(null);
      setEditing({ action, initialStatus: status });
      return;
    }
    void run(async () => {
      await saveAction(getDb(), { ...action, status, reason: '' });
      return t('actions.plan.statusSaved', {
        text: action.text,
        status: t(`actions.status.${status}`),
      });
    });
  };

  const onConfirmDelete = () => {
    const action = pendingDelete;
    setPendingDelete(null);
    if (!action) return;
    void run(async () => {
      await deleteAction(getDb(), action.id);
      return t('actions.plan.deleted', { text: action.text });
    });
  };

  return (
    <section className="card" aria-labelledby={`${filterId}-heading`}>
      <div className="action-plan-head">
        <div>
          <h2 id={`${filterId}-heading`}>{t('actions.plan.heading', { year })}</h2>
          {stored === undefined ? (
            <p className="help">{t('actions.plan.loading')}</p>
          ) : actions.length > 0 ? (
            <p className="help">
              {t('actions.plan.counts', { count: actions.length, open, overdue })}
            </p>
          ) : null}
        </div>
        {readOnly ? null : (
          <button
            ref={addButton}
            type="button"
            className="button button-primary"
            disabled={editing !== null}
            onClick={() => {
              setMessage(null);
              setEditing({});
            }}
          >
            {t('actions.plan.add')}
          </button>
        )}
      </div>
      {readOnly ? (
        <p className="action-readonly">{t('actions.plan.readOnly', { node: node.name })}</p>
      ) : null}

      {editing ? (
        <ActionForm
          key={editing.action?.id ?? 'new'}
          action={editing.action}
          initialStatus={editing.initialStatus}
          nodeId={node.id}
          year={year}
          questions={questions}
          onSaved={(saved) => {
            setMessage({ kind: 'status', text: t('actions.plan.saved', { text: saved.text }) });
            closeForm();
          }}
          onCancel={closeForm}
        />
      ) : null}

      <div role="status" className="message-slot">
        {message?.kind === 'status' ? message.text : null}
      </div>
      <div role="alert" className="message-slot">
        {message?.kind === 'error' ? <p className="error-message">{message.text}</p> : null}
      </div>

      {actions.length > 0 ? (
        <>
          <div className="action-filter">
            <label htmlFor={filterId}>{t('actions.plan.filter')}</label>
            <select
              id={filterId}
              value={filter}
              onChange={(e) => {
                if (isActionFilter(e.target.value)) setFilter(e.target.value);
              }}
            >
              {ACTION_FILTERS.map((value) => (
                <option key={value} value={value}>
                  {t(`actions.filter.${value}`)}
                </option>
              ))}
            </select>
            <span className="action-filter-count">
              {t('actions.plan.showing', { shown: shown.length, count: actions.length })}
            </span>
          </div>
          {shown.length > 0 ? (
            <ActionPlanTable
              actions={shown}
              today={today}
              textOf={questions?.textOf}
              caption={t('actions.plan.caption', { node: node.name, year })}
              readOnly={readOnly}
              onStatus={onStatus}
              onEdit={(action) => {
                setMessage(null);
                setEditing({ action });
              }}
              onDelete={setPendingDelete}
            />
          ) : (
            <p className="action-empty">{t('actions.plan.noneMatch')}</p>
          )}
        </>
      ) : stored !== undefined ? (
        <p className="action-empty">{t('actions.plan.empty', { year })}</p>
      ) : null}

      <ConfirmDialog
        open={pendingDelete !== null}
        title={t('actions.plan.deleteTitle')}
        message={t('actions.plan.deleteMessage', { text: pendingDelete?.text ?? '' })}
        confirmLabel={t('actions.plan.deleteConfirm')}
        onConfirm={onConfirmDelete}
        onCancel={() => setPendingDelete(null)}
      />
    </section>
  );
}
