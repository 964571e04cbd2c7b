import { useId, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Action, Incident } from '@shared/schemas';
import { PersonalDataField } from '../../../components/PersonalDataField';
import { RepositoryError, getDb, listActions, newId, saveAction } from '../../../data';

/** The follow-up year in which an incident is handled: the one that covers its calendar year. */
export function actionYearOf(incident: Pick<Incident, 'date'>): number {
  return Number(incident.date.slice(0, 4)) + 1;
}

type Message = { kind: 'status' | 'error'; text: string } | null;

/**
 * "Åtgärder från händelsen": the actions of the unit's plan that came from this incident, and a
 * short form that adds one. The action goes to the plan of the follow-up year that covers the
 * incident (its year + 1), where the unit looks back on the year's incidents.
 */
export function IncidentActions({
  incident,
  unitName,
  readOnly,
}: {
  incident: Incident;
  unitName: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const year = actionYearOf(incident);
  const actions = useLiveQuery(
    async () =>
      (await listActions(getDb(), incident.nodeId, year)).filter(
        (action) => action.source.kind === 'incident' && action.source.ref === incident.id,
      ),
    [incident.nodeId, incident.id, year],
  );
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState('');
  const [responsible, setResponsible] = useState('');
  const [textError, setTextError] = useState<string | undefined>();
  const [message, setMessage] = useState<Message>(null);
  const createButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setAdding(false);
    setText('');
    setResponsible('');
    setTextError(undefined);
    requestAnimationFrame(() => createButton.current?.focus());
  };

  const save = async () => {
    if (text.trim() === '') {
      setTextError(t('incidents.log.actions.textRequired'));
      return;
    }
    const action: Action = {
      id: newId(),
      nodeId: incident.nodeId,
      year,
      text: text.trim(),
      responsible: responsible.trim(),
      dueDate: null,
      followUpDate: null,
      status: 'planerad',
      reason: '',
      source: { kind: 'incident', ref: incident.id },
      followUp: null,
    };
    try {
      await saveAction(getDb(), action);
      setMessage({ kind: 'status', text: t('incidents.log.actions.saved', { year }) });
      close();
    } catch (error) {
      setMessage({
        kind: 'error',
        text: error instanceof RepositoryError ? error.message : String(error),
      });
    }
  };

  return (
    <section className="card ilog-actions" aria-labelledby={`${id}-heading`}>
      <div className="ilog-head">
        <h2 id={`${id}-heading`}>{t('incidents.log.actions.heading')}</h2>
        {readOnly || adding ? null : (
          <button
            ref={createButton}
            type="button"
            className="button"
            onClick={() => {
              setMessage(null);
              setAdding(true);
            }}
          >
            {t('incidents.log.actions.create')}
          </button>
        )}
      </div>
      <p className="help">{t('incidents.log.actions.help', { year, unit: unitName })}</p>
      {actions && actions.length > 0 ? (
        <ul className="ilog-action-list">
          {actions.map((action) => (
            <li key={action.id}>
              <span>{action.text}</span>
              <span className="ilog-action-meta">
                {t('incidents.log.actions.statusOf', {
                  status: t(`actions.status.${action.status}`),
                })}
                {action.responsible ? ` · ${action.responsible}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : actions ? (
        <p className="ilog-empty">{t('incidents.log.actions.none')}</p>
      ) : null}
      {adding ? (
        <form
          className="ilog-action-form"
          aria-labelledby={`${id}-form-heading`}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <h3 id={`${id}-form-heading`}>{t('incidents.log.actions.create')}</h3>
          <PersonalDataField
            label={t('incidents.log.actions.text')}
            value={text}
            onChange={(value) => {
              setText(value);
              if (value.trim() !== '') setTextError(undefined);
            }}
            required
            rows={2}
            maxLength={2000}
            error={textError}
          />
          <PersonalDataField
            label={t('incidents.log.actions.responsible')}
            value={responsible}
            onChange={setResponsible}
            singleLine
            maxLength={200}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary">
              {t('incidents.log.actions.save')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      <div role="status" className="message-slot">
        {message?.kind === 'status' ? (
          <>
            {message.text} <a href="#/atgarder">{t('incidents.log.actions.toPlan')}</a>
          </>
        ) : null}
      </div>
      <div role="alert" className="message-slot">
        {message?.kind === 'error' ? <p className="error-message">{message.text}</p> : null}
      </div>
    </section>
  );
}
