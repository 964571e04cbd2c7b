import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { LEVELS } from '@shared/schemas';
import { defaultIdentity, getDb, saveIdentity } from '../../../data';
import { useWork } from '../../../shell/WorkContext';
import { Field } from '../Field';

const MAX_LEVEL_NAME = 60;

function levelNamesSchema(required: (level: number) => string, tooLong: string) {
  const name = (level: number) =>
    z.string().trim().min(1, required(level)).max(MAX_LEVEL_NAME, tooLong);
  return z.object({ names: z.tuple([name(1), name(2), name(3), name(4)]) });
}
type LevelNames = z.output<ReturnType<typeof levelNamesSchema>>;

/** Each level's field in the form (level 1 is index 0, as in identity.levelNames). */
const FIELD = { 1: 'names.0', 2: 'names.1', 3: 'names.2', 4: 'names.3' } as const;

/** The four level names, saved in the identity; every screen reads them from there. */
export function LevelNamesForm() {
  const { t } = useTranslation();
  const { identity } = useWork();
  const headingId = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      levelNamesSchema(
        (level) => t('org.levels.required', { level }),
        t('org.levels.tooLong', { max: MAX_LEVEL_NAME }),
      ),
    [t],
  );
  const form = useForm<LevelNames>({
    resolver: zodResolver(schema),
    defaultValues: { names: identity.levelNames },
  });
  const errors = form.formState.errors.names;

  const onSubmit = form.handleSubmit(async ({ names }) => {
    setStatus(null);
    setFailure(null);
    try {
      await saveIdentity(getDb(), { ...identity, levelNames: names });
      form.reset({ names });
      setStatus(t('org.levels.saved'));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('org.levels.heading')}</h2>
      <p className="help">{t('org.levels.help')}</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="org-grid org-grid-4">
          {LEVELS.map((level) => {
            const index = level - 1;
            const edge =
              level === 1 ? t('org.levels.lowest') : level === 4 ? t('org.levels.highest') : null;
            return (
              <Field
                key={level}
                label={t('org.levels.label', { level }) + (edge ? ` (${edge})` : '')}
                error={errors?.[index]?.message}
              >
                {({ id, describedBy, invalid }) => (
                  <input
                    id={id}
                    type="text"
                    autoComplete="off"
                    aria-describedby={describedBy}
                    aria-invalid={invalid}
                    {...form.register(FIELD[level])}
                  />
                )}
              </Field>
            );
          })}
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t('org.levels.save')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              form.setValue('names', defaultIdentity().levelNames, { shouldDirty: true })
            }
          >
            {t('org.levels.defaults')}
          </button>
        </div>
        <div role="status" className="message-slot">
          {status}
        </div>
        <div role="alert" className="message-slot">
          {failure ? <p className="error-message">{failure}</p> : null}
        </div>
      </form>
    </section>
  );
}
