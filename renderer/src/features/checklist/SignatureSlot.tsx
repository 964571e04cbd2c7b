import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { isoDate, type FollowUp } from '@shared/schemas';
import { formatIsoDate } from '@shared/format';
import type { SignRole } from './follow-up-status';

type SignatureValues = { name: string; date: string };

interface Props {
  role: SignRole;
  followUp: FollowUp;
  /** The name given under participants: the usual signer. */
  participantName: string;
  /** May sign now (editable, not locked, nothing blocking). */
  canSign: boolean;
  /** May withdraw this signature (editable, the other party has not signed yet). */
  canWithdraw: boolean;
  /** Points the sign button at the reasons it is disabled. */
  blockersId: string | undefined;
  onSign: (role: SignRole, signature: SignatureValues) => Promise<void>;
  onWithdraw: (role: SignRole) => Promise<void>;
  editable: boolean;
}

/** One party's confirmation: name and date, or who signed and when. */
export function SignatureSlot(props: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { role, followUp } = props;
  const signature = followUp.signOff[role];
  const schema = useMemo(
    () =>
      z.object({
        name: z
          .string()
          .trim()
          .min(1, t('checklist.signOff.nameRequired'))
          .max(200, t('checklist.signOff.nameTooLong')),
        date: z
          .string()
          .trim()
          .refine((v) => isoDate.safeParse(v).success, t('checklist.signOff.invalidDate')),
      }),
    [t],
  );
  const form = useForm<SignatureValues>({
    resolver: zodResolver(schema),
    // Follows the participant's name as it is typed above, unless changed here.
    values: { name: props.participantName, date: formatIsoDate(new Date()) },
    resetOptions: { keepDirtyValues: true },
  });
  const { errors, isSubmitting } = form.formState;
  const title =
    role === 'manager' ? t('checklist.signOff.manager') : t('checklist.signOff.safetyRep');
  const signLabel =
    role === 'manager'
      ? t('checklist.signOff.signAsManager')
      : t('checklist.signOff.signAsSafetyRep');

  if (signature) {
    return (
      <div className="signature signature-done">
        <h3>{title}</h3>
        <p className="signature-line">
          {t('checklist.signOff.signedBy', { name: signature.name, date: signature.date })}
        </p>
        {props.canWithdraw ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => void props.onWithdraw(role)}
          >
            {t('checklist.signOff.withdraw')}
          </button>
        ) : null}
      </div>
    );
  }

  if (!props.editable || followUp.status === 'signed') {
    return (
      <div className="signature">
        <h3>{title}</h3>
        <p className="signature-line">{t('checklist.signOff.notSigned')}</p>
      </div>
    );
  }

  const onSubmit = form.handleSubmit((values) =>
    props.onSign(role, { name: values.name.trim(), date: values.date.trim() }),
  );
  return (
    <form
      className="signature"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <div className={errors.name ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${id}-name`} className="field-label">
          {t('checklist.signOff.name')}
        </label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          {...form.register('name')}
        />
        {errors.name ? (
          <p id={`${id}-name-error`} className="field-error">
            {errors.name.message}
          </p>
        ) : null}
      </div>
      <div className={errors.date ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${id}-date`} className="field-label">
          {t('checklist.signOff.date')}
        </label>
        <input
          id={`${id}-date`}
          type="text"
          inputMode="numeric"
          size={12}
          autoComplete="off"
          aria-invalid={errors.date ? true : undefined}
          aria-describedby={`${id}-date-hint${errors.date ? ` ${id}-date-error` : ''}`}
          {...form.register('date')}
        />
        <span id={`${id}-date-hint`} className="field-hint">
          {t('checklist.meeting.dateHelp')}
        </span>
        {errors.date ? (
          <p id={`${id}-date-error`} className="field-error">
            {errors.date.message}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        className="button button-primary"
        disabled={!props.canSign || isSubmitting}
        aria-describedby={props.canSign ? undefined : props.blockersId}
      >
        {signLabel}
      </button>
    </form>
  );
}
