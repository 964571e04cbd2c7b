import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zodResolver } from '@hookform/resolvers/zod';
import { LEVELS } from '@shared/schemas';
import { getDb, setUpOrganisation } from '../../../data';
import { useWork } from '../../../shell/WorkContext';
import { Field } from '../Field';
import { levelName } from '../level-names';
import { ROLES, defaultLevelFor, isRole } from '../roles';
import {
  SETUP_MAX_NAME,
  setupSchema,
  toActsFor,
  toLevel,
  type SetupInput,
  type SetupValues,
} from './setup-schema';

const NAME_FIELDS = [
  { name: 'municipality', level: 4 },
  { name: 'administration', level: 3 },
  { name: 'section', level: 2 },
  { name: 'unit', level: 1 },
] as const;

/** "Lägg upp din egen organisation": one chain of four nodes and who works at this computer. */
export function SetupForm() {
  const { t } = useTranslation();
  const { identity } = useWork();
  const roleErrorId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      setupSchema({
        municipality: t('org.firstStart.required.municipality'),
        administration: t('org.firstStart.required.administration'),
        section: t('org.firstStart.required.section'),
        unit: t('org.firstStart.required.unit'),
        userName: t('org.firstStart.required.userName'),
        role: t('org.firstStart.required.role'),
        tooLong: t('org.firstStart.tooLong', { max: SETUP_MAX_NAME }),
      }),
    [t],
  );
  const form = useForm<SetupInput, unknown, SetupValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      municipality: '',
      administration: '',
      section: '',
      unit: '',
      userName: '',
      actsFor: '1',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const names = useWatch({ control: form.control, name: NAME_FIELDS.map((f) => f.name) });
  const roleField = form.register('role', {
    // The role decides the usual level; the user can still pick another one afterwards.
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      if (isRole(value)) form.setValue('actsFor', toActsFor(defaultLevelFor(value)));
    },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await setUpOrganisation(getDb(), {
        names: {
          4: values.municipality,
          3: values.administration,
          2: values.section,
          1: values.unit,
        },
        role: values.role,
        userName: values.userName,
        actsForLevel: toLevel(values.actsFor),
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  });

  return (
    <form className="org-setup-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <fieldset className="org-fieldset">
        <legend>{t('org.firstStart.orgLegend')}</legend>
        <div className="org-grid">
          {NAME_FIELDS.map((field) => (
            <Field
              key={field.name}
              label={t(`org.firstStart.${field.name}`)}
              hint={t(`org.firstStart.${field.name}Example`)}
              error={errors[field.name]?.message}
            >
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  type="text"
                  autoComplete="off"
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  {...form.register(field.name)}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset className="org-fieldset">
        <legend>{t('org.firstStart.personLegend')}</legend>
        <fieldset
          className="org-radio-group"
          aria-describedby={errors.role ? roleErrorId : undefined}
        >
          <legend className="org-label">{t('org.firstStart.role')}</legend>
          <div className="org-radio-options">
            {ROLES.map((role) => (
              <label key={role} className="radio">
                <input type="radio" value={role} {...roleField} />
                <span>{t(`org.roles.${role}`)}</span>
              </label>
            ))}
          </div>
          {errors.role ? (
            <span id={roleErrorId} className="org-error">
              {errors.role.message}
            </span>
          ) : null}
        </fieldset>
        <div className="org-grid">
          <Field label={t('org.firstStart.userName')} error={errors.userName?.message}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="text"
                autoComplete="name"
                aria-describedby={describedBy}
                aria-invalid={invalid}
                {...form.register('userName')}
              />
            )}
          </Field>
          <Field label={t('org.firstStart.actsFor')} hint={t('org.firstStart.actsForHelp')}>
            {({ id, describedBy }) => (
              <select id={id} aria-describedby={describedBy} {...form.register('actsFor')}>
                {[...LEVELS].reverse().map((level) => {
                  const index = NAME_FIELDS.findIndex((f) => f.level === level);
                  const name = names[index]?.trim();
                  return (
                    <option key={level} value={String(level)}>
                      {levelName(identity, level)}
                      {name ? `: ${name}` : ''}
                    </option>
                  );
                })}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('org.firstStart.creating') : t('org.firstStart.submit')}
        </button>
      </div>
      <div role="alert" className="message-slot">
        {failure ? (
          <p className="error-message">{t('org.firstStart.failed', { message: failure })}</p>
        ) : null}
      </div>
    </form>
  );
}
