import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '@shared/format';
import { INCIDENT_TYPES, type Incident } from '@shared/schemas';
import { PersonalDataField } from '../../../components/PersonalDataField';
import { RepositoryError, getDb, newId, saveIncident } from '../../../data';
import { useIncidentCategories } from '../useIncidentCategories';
import { FormField, fieldAria } from './FormField';
import { INCIDENT_STATUSES } from './incident-filter';
import {
  fromFormValues,
  toFormValues,
  type IncidentFormInput,
  type IncidentFormOutput,
} from './incident-form-schema';
import { ReportFields } from './ReportFields';
import { useIncidentFormSchema } from './useIncidentFormSchema';
import type { IncidentScope } from './useIncidentScope';

const TEXT_FIELDS = ['description', 'immediateMeasures', 'investigation'] as const;

export interface IncidentFormProps {
  /** The incident being edited; absent for a new one. */
  incident?: Incident;
  scope: IncidentScope;
  headingId: string;
  readOnly: boolean;
  onSaved: (incident: Incident) => void;
  onCancel: () => void;
  onDelete?: () => void;
}

/** A category select's options: the organisation's list, plus a stored value no longer in it. */
function withStored(list: readonly string[], stored: string): string[] {
  return stored === '' || list.includes(stored) ? [...list] : [stored, ...list];
}

/**
 * Register or edit one incident. Validated with Swedish messages before anything is saved; the
 * close rule is checked here (so the user sees which report is missing, and why) and again by the
 * data layer.
 */
export function IncidentForm({
  incident,
  scope,
  headingId,
  readOnly,
  onSaved,
  onCancel,
  onDelete,
}: IncidentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const categories = useIncidentCategories();
  const [saveError, setSaveError] = useState<string | null>(null);
  const today = formatIsoDate(new Date());
  const schema = useIncidentFormSchema(today);
  const defaultUnit = scope.writableUnits.length === 1 ? (scope.writableUnits[0]?.id ?? '') : '';
  const defaults = toFormValues(incident, scope.isUnit ? scope.node.id : defaultUnit);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<IncidentFormInput, unknown, IncidentFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
  });

  const onSubmit = async (values: IncidentFormOutput) => {
    setSaveError(null);
    try {
      const saved = await saveIncident(
        getDb(),
        fromFormValues(values, {
          id: incident?.id ?? newId(),
          createdAt: incident?.createdAt ?? new Date().toISOString(),
          externalId: incident?.externalId ?? null,
        }),
      );
      onSaved(saved);
    } catch (error) {
      setSaveError(error instanceof RepositoryError ? error.message : String(error));
    }
  };

  const field = (name: keyof IncidentFormInput) => `${id}-${name}`;
  const unitChoices = scope.writableUnits.some((u) => u.id === defaults.nodeId)
    ? scope.writableUnits
    : [...scope.units.filter((u) => u.id === defaults.nodeId), ...scope.writableUnits];
  const typeError = errors.type?.message;
  const labels = {
    description: t('incidents.log.form.description'),
    immediateMeasures: t('incidents.log.form.immediateMeasures'),
    investigation: t('incidents.log.form.investigation'),
  };
  const helps = {
    description: t('incidents.log.form.descriptionHelp'),
    immediateMeasures: t('incidents.log.form.immediateMeasuresHelp'),
    investigation: t('incidents.log.form.investigationHelp'),
  };

  return (
    <form
      className="ilog-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => void handleSubmit(onSubmit)(e)}
    >
      <p className="help">{t('incidents.log.form.required')}</p>
      <fieldset className="ilog-form-body" disabled={readOnly}>
        <h3>{t('incidents.log.form.sectionEvent')}</h3>
        <fieldset
          className="ilog-types"
          aria-describedby={typeError ? `${field('type')}-error` : undefined}
        >
          <legend>
            {t('incidents.log.form.type')}
            <span aria-hidden="true"> *</span>
          </legend>
          <div className="ilog-type-options">
            {INCIDENT_TYPES.map((type) => (
              <label key={type} className="ilog-type-option">
                <input
                  type="radio"
                  value={type}
                  aria-invalid={typeError ? true : undefined}
                  {...register('type')}
                />
                {t(`incidents.types.${type}`)}
              </label>
            ))}
          </div>
          {typeError ? (
            <p className="ilog-field-error" id={`${field('type')}-error`}>
              {typeError}
            </p>
          ) : null}
        </fieldset>
        <div className="ilog-form-grid">
          <FormField
            id={field('date')}
            label={t('incidents.log.form.date')}
            required
            help={t('incidents.log.form.dateHelp')}
            error={errors.date?.message}
          >
            <input
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={10}
              aria-required
              {...fieldAria(field('date'), true, errors.date?.message)}
              {...register('date')}
            />
          </FormField>
          <FormField
            id={field('time')}
            label={t('incidents.log.form.time')}
            help={t('incidents.log.form.timeHelp')}
            error={errors.time?.message}
          >
            <input
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={5}
              {...fieldAria(field('time'), true, errors.time?.message)}
              {...register('time')}
            />
          </FormField>
          {scope.isUnit ? null : (
            <FormField
              id={field('nodeId')}
              label={t('incidents.log.form.unit')}
              required
              error={errors.nodeId?.message}
            >
              <select
                aria-required
                {...fieldAria(field('nodeId'), false, errors.nodeId?.message)}
                {...register('nodeId')}
              >
                <option value="">{t('incidents.log.form.chooseUnit')}</option>
                {unitChoices.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            </FormField>
          )}
          <FormField id={field('placeCategory')} label={t('incidents.log.form.place')}>
            <select id={field('placeCategory')} {...register('placeCategory')}>
              <option value="">{t('incidents.log.form.missingOption')}</option>
              {withStored(categories.places, defaults.placeCategory).map((place) => (
                <option key={place} value={place}>
                  {place}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id={field('causeCategory')} label={t('incidents.log.form.cause')}>
            <select id={field('causeCategory')} {...register('causeCategory')}>
              <option value="">{t('incidents.log.form.missingOption')}</option>
              {withStored(categories.causes, defaults.causeCategory).map((cause) => (
                <option key={cause} value={cause}>
                  {cause}
                </option>
              ))}
            </select>
          </FormField>
        </div>

        <h3>{t('incidents.log.form.sectionText')}</h3>
        <div className="ilog-texts">
          {TEXT_FIELDS.map((name) => (
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field: controlled, fieldState }) => (
                <PersonalDataField
                  label={labels[name]}
                  help={helps[name]}
                  required={name === 'description'}
                  rows={name === 'description' ? 4 : 3}
                  value={controlled.value}
                  onChange={controlled.onChange}
                  onBlur={controlled.onBlur}
                  name={controlled.name}
                  inputRef={controlled.ref}
                  error={fieldState.error?.message}
                />
              )}
            />
          ))}
        </div>

        <ReportFields idBase={id} register={register} control={control} errors={errors} />

        <h3>{t('incidents.log.form.sectionStatus')}</h3>
        <div className="ilog-form-grid">
          <FormField
            id={field('status')}
            label={t('incidents.log.form.status')}
            error={errors.status?.message}
            wide
          >
            <select
              className="ilog-status-select"
              {...fieldAria(field('status'), false, errors.status?.message)}
              {...register('status')}
            >
              {INCIDENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`incidents.statuses.${status}`)}
                </option>
              ))}
            </select>
          </FormField>
        </div>
      </fieldset>
      <div role="alert" className="message-slot">
        {saveError ? <p className="error-message">{saveError}</p> : null}
      </div>
      <div className="button-row ilog-form-buttons">
        {readOnly ? null : (
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('incidents.log.form.save')}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          {readOnly ? t('incidents.log.form.back') : t('common.cancel')}
        </button>
        {onDelete && !readOnly ? (
          <button type="button" className="button button-danger ilog-delete" onClick={onDelete}>
            {t('incidents.log.form.delete')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
