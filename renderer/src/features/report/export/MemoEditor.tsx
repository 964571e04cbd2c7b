import { useId, useMemo, useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { ReportModel } from '@shared/report/model';
import { RepositoryError, getDb } from '../../../data';
import { deleteMemo, memoSchema, saveMemo, type Memo } from '../../../data/memo-repo';
import { defaultMemo } from './memo';

type Field = keyof Memo;
const LINE_FIELDS: readonly Field[] = ['board', 'caseNumber', 'officer', 'date', 'title'];
const TEXT_FIELDS: readonly { name: Field; rows: number; hint: 'textHint' | 'linesHint' }[] = [
  { name: 'proposal', rows: 3, hint: 'textHint' },
  { name: 'summary', rows: 8, hint: 'textHint' },
  { name: 'matter', rows: 12, hint: 'textHint' },
  { name: 'economy', rows: 2, hint: 'textHint' },
  { name: 'basis', rows: 3, hint: 'linesHint' },
  { name: 'approvedBy', rows: 3, hint: 'linesHint' },
  { name: 'sendTo', rows: 3, hint: 'linesHint' },
];

type Message = { kind: 'status' | 'error'; text: string } | null;

/**
 * The cover memo's editor, in a disclosure under the export buttons: every heading of the memo
 * as a field, pre-filled with the proposal made from the report (or the memo saved earlier).
 * "Spara" validates and stores it for the node and year; "Återställ förslaget" forgets the
 * stored memo and fills in the proposal again.
 */
export function MemoEditor({ model, stored }: { model: ReportModel; stored: Memo | null }) {
  const { t } = useTranslation();
  const id = useId();
  const { nodeId, year } = model.meta;
  const proposal = useMemo(() => defaultMemo(model), [model]);
  const [message, setMessage] = useState<Message>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Memo>({
    resolver: zodResolver(memoSchema),
    defaultValues: stored ?? proposal,
  });

  const onSave = async (values: Memo) => {
    setMessage(null);
    try {
      const saved = await saveMemo(getDb(), nodeId, year, values);
      reset(saved);
      setMessage({ kind: 'status', text: t('reportExport.memo.saved') });
    } catch (error) {
      const text = error instanceof RepositoryError ? error.message : String(error);
      setMessage({ kind: 'error', text: t('reportExport.memo.saveFailed', { message: text }) });
    }
  };

  const onReset = async () => {
    setMessage(null);
    try {
      await deleteMemo(getDb(), nodeId, year);
      reset(proposal);
      setMessage({ kind: 'status', text: t('reportExport.memo.resetDone') });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      setMessage({ kind: 'error', text: t('reportExport.memo.saveFailed', { message: text }) });
    }
  };

  const fieldId = (name: Field) => `${id}-${name}`;
  const describedBy = (name: Field, error: FieldError | undefined, hint: boolean) =>
    [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const errorText = (name: Field, error: FieldError | undefined) =>
    error?.message ? (
      <p className="field-error" id={`${fieldId(name)}-error`}>
        {error.message}
      </p>
    ) : null;

  return (
    <details className="memo-editor">
      <summary>{t('reportExport.memo.summary')}</summary>
      <form
        noValidate
        aria-label={t('reportExport.memo.summary')}
        onSubmit={(e) =>
          void handleSubmit(onSave, () =>
            setMessage({ kind: 'error', text: t('reportExport.memo.invalid') }),
          )(e)
        }
      >
        <p className="help">{t('reportExport.memo.help')}</p>
        <p className="help">
          {stored ? t('reportExport.memo.usingStored') : t('reportExport.memo.usingProposal')}
        </p>
        <div className="memo-grid">
          {LINE_FIELDS.map((name) => {
            const error = errors[name];
            const hint = name === 'date';
            return (
              <div key={name} className={`memo-field${name === 'title' ? ' memo-field-wide' : ''}`}>
                <label htmlFor={fieldId(name)}>{t(`reportExport.memo.fields.${name}`)}</label>
                {hint ? (
                  <span className="field-hint" id={`${fieldId(name)}-hint`}>
                    {t('reportExport.memo.fields.dateHint')}
                  </span>
                ) : null}
                <input
                  id={fieldId(name)}
                  type="text"
                  autoComplete="off"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(name, error, hint)}
                  {...register(name)}
                />
                {errorText(name, error)}
              </div>
            );
          })}
          {TEXT_FIELDS.map(({ name, rows, hint }) => {
            const error = errors[name];
            return (
              <div key={name} className="memo-field memo-field-wide">
                <label htmlFor={fieldId(name)}>{t(`reportExport.memo.fields.${name}`)}</label>
                <span className="field-hint" id={`${fieldId(name)}-hint`}>
                  {t(`reportExport.memo.fields.${hint}`)}
                </span>
                <textarea
                  id={fieldId(name)}
                  rows={rows}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(name, error, true)}
                  {...register(name)}
                />
                {errorText(name, error)}
              </div>
            );
          })}
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {isSubmitting ? t('reportExport.memo.saving') : t('reportExport.memo.save')}
          </button>
          <button
            type="button"
            className="button"
            disabled={isSubmitting}
            onClick={() => void onReset()}
          >
            {t('reportExport.memo.reset')}
          </button>
        </div>
        <div className="message-slot" role="status">
          {message?.kind === 'status' ? message.text : null}
        </div>
        <div className="message-slot" role="alert">
          {message?.kind === 'error' ? <p className="error-message">{message.text}</p> : null}
        </div>
      </form>
    </details>
  );
}
