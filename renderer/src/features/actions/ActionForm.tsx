import { useEffect, useId, useMemo, useState } from 'react';
import { useForm, useWatch, type FieldError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES } from '@shared/actions';
import type { Action, ActionStatus } from '@shared/schemas';
import { RepositoryError, getDb, newId, saveAction } from '../../data';
import {
  actionFormSchema,
  fromFormValues,
  toFormValues,
  type ActionFormInput,
  type ActionFormOutput,
} from './action-form-schema';
import type { TemplateQuestions } from './useTemplateQuestions';

export interface ActionFormProps {
  /** The action being edited; absent for a new one. */
  action?: Action;
  nodeId: string;
  year: number;
  questions: TemplateQuestions | undefined;
  /** Opens the form with another status chosen (e.g. "ej genomförd" from the table). */
  initialStatus?: ActionStatus;
  onSaved: (action: Action) => void;
  onCancel: () => void;
}

/** Add or edit one action of the plan; validated with Swedish messages before anything is saved. */
export function ActionForm({
  action,
  nodeId,
  year,
  questions,
  initialStatus,
  onSaved,
  onCancel,
}: ActionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [saveError, setSaveError] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      actionFormSchema({
        textRequired: t('actions.form.errors.textRequired'),
        textTooLong: t('actions.form.errors.tooLong', { max: 2000 }),
        responsibleTooLong: t('actions.form.errors.tooLong', { max: 200 }),
        dateFormat: t('actions.form.errors.dateFormat'),
        followUpBeforeDue: t('actions.form.errors.followUpBeforeDue'),
        reasonRequired: t('actions.form.errors.reasonRequired'),
        reasonTooLong: t('actions.form.errors.tooLong', { max: 2000 }),
        questionRequired: t('actions.form.errors.questionRequired'),
      }),
    [t],
  );
  const {
    register,
    handleSubmit,
    control,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<ActionFormInput, unknown, ActionFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: {
      ...toFormValues(action),
      ...(initialStatus ? { status: initialStatus } : {}),
    },
  });

  useEffect(() => {
    setFocus(initialStatus === 'ej_genomford' ? 'reason' : 'text');
  }, [setFocus, initialStatus]);

  const status = useWatch({ control, name: 'status' });
  const sourceKind = useWatch({ control, name: 'sourceKind' });

  const onSubmit = async (values: ActionFormOutput) => {
    setSaveError(null);
    try {
      const saved = await saveAction(
        getDb(),
        fromFormValues(values, {
          id: action?.id ?? newId(),
          nodeId: action?.nodeId ?? nodeId,
          year: action?.year ?? year,
          followUp: action?.followUp ?? null,
        }),
      );
      onSaved(saved);
    } catch (error) {
      setSaveError(error instanceof RepositoryError ? error.message : String(error));
    }
  };

  const field = (name: keyof ActionFormInput) => `${id}-${name}`;
  const described = (
    name: keyof ActionFormInput,
    error: FieldError | undefined,
    help?: boolean,
  ) => {
    const ids = [help ? `${field(name)}-help` : '', error ? `${field(name)}-error` : '']
      .filter(Boolean)
      .join(' ');
    return {
      id: field(name),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': ids === '' ? undefined : ids,
    };
  };
  const errorText = (name: keyof ActionFormInput, error: FieldError | undefined) =>
    error?.message ? (
      <p className="action-field-error" id={`${field(name)}-error`}>
        {error.message}
      </p>
    ) : null;

  return (
    <form
      className="action-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(e) => void handleSubmit(onSubmit)(e)}
    >
      <h3 id={`${id}-heading`}>
        {action ? t('actions.form.editHeading') : t('actions.form.newHeading')}
      </h3>
      <p className="help">{t('actions.form.help')}</p>
      <div className="action-form-grid">
        <div className="action-field action-field-wide">
          <label htmlFor={field('text')}>{t('actions.form.text')}</label>
          <textarea rows={2} {...described('text', errors.text)} {...register('text')} />
          {errorText('text', errors.text)}
        </div>
        <div className="action-field">
          <label htmlFor={field('responsible')}>{t('actions.form.responsible')}</label>
          <input
            type="text"
            autoComplete="off"
            {...described('responsible', errors.responsible)}
            {...register('responsible')}
          />
          {errorText('responsible', errors.responsible)}
        </div>
        <div className="action-field">
          <label htmlFor={field('status')}>{t('actions.form.status')}</label>
          <select {...described('status', errors.status)} {...register('status')}>
            {ACTION_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`actions.status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="action-field">
          <label htmlFor={field('dueDate')}>{t('actions.form.dueDate')}</label>
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={10}
            {...described('dueDate', errors.dueDate, true)}
            {...register('dueDate')}
          />
          <p className="action-field-help" id={`${field('dueDate')}-help`}>
            {t('actions.form.dateHelp')}
          </p>
          {errorText('dueDate', errors.dueDate)}
        </div>
        <div className="action-field">
          <label htmlFor={field('followUpDate')}>{t('actions.form.followUpDate')}</label>
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={10}
            {...described('followUpDate', errors.followUpDate, true)}
            {...register('followUpDate')}
          />
          <p className="action-field-help" id={`${field('followUpDate')}-help`}>
            {t('actions.form.followUpDateHelp')}
          </p>
          {errorText('followUpDate', errors.followUpDate)}
        </div>
        {status === 'ej_genomford' ? (
          <div className="action-field action-field-wide">
            <label htmlFor={field('reason')}>{t('actions.form.reason')}</label>
            <textarea rows={2} {...described('reason', errors.reason)} {...register('reason')} />
            {errorText('reason', errors.reason)}
          </div>
        ) : null}
        <div className="action-field">
          <label htmlFor={field('sourceKind')}>{t('actions.form.source')}</label>
          <select {...described('sourceKind', errors.sourceKind)} {...register('sourceKind')}>
            <option value="manual">{t('actions.source.manual')}</option>
            <option value="priority">{t('actions.source.priority')}</option>
            <option value="question">{t('actions.form.sourceQuestion')}</option>
            {action?.source.kind === 'incident' ? (
              <option value="incident">{t('actions.source.incident')}</option>
            ) : null}
          </select>
        </div>
        {sourceKind === 'question' ? (
          <div className="action-field action-field-wide">
            <label htmlFor={field('sourceRef')}>{t('actions.form.question')}</label>
            <select {...described('sourceRef', errors.sourceRef)} {...register('sourceRef')}>
              <option value="">{t('actions.form.chooseQuestion')}</option>
              {questions?.sections.map((section) => (
                <optgroup key={section.id} label={section.title}>
                  {section.questions.map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.text}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {errorText('sourceRef', errors.sourceRef)}
          </div>
        ) : null}
      </div>
      <div role="alert" className="message-slot">
        {saveError ? <p className="error-message">{saveError}</p> : null}
      </div>
      <div className="button-row action-form-buttons">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {t('actions.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
