import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { role } from '@shared/schemas';
import { getDb, saveIdentity } from '../../../data';
import { useWork } from '../../../shell/WorkContext';
import { Field } from '../Field';
import { levelName } from '../level-names';
import { ROLES } from '../roles';

const MAX_USER_NAME = 200;

function installationSchema(tooLong: string) {
  return z.object({
    nodeId: z.string(),
    role: z.union([role, z.literal('')]),
    userName: z.string().trim().max(MAX_USER_NAME, tooLong),
  });
}
type Installation = z.output<ReturnType<typeof installationSchema>>;

/**
 * "Den här installationen": the node this computer acts for, the role and the user's name.
 * The node list is the whole active organisation, indented by level like the context bar.
 */
export function InstallationForm() {
  const { t } = useTranslation();
  const { identity, tree } = useWork();
  const headingId = useId();
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(
    () => installationSchema(t('org.installation.userNameTooLong', { max: MAX_USER_NAME })),
    [t],
  );
  const form = useForm<Installation>({
    resolver: zodResolver(schema),
    defaultValues: {
      nodeId: identity.nodeId ?? '',
      role: identity.role ?? '',
      userName: identity.userName,
    },
  });
  const { errors, isSubmitting } = form.formState;
  const current = identity.nodeId ? tree.byId.get(identity.nodeId) : undefined;
  const options = tree
    .childrenOf(null)
    .flatMap((root) => tree.subtree(root.id))
    .filter((node) => !node.archived || node.id === identity.nodeId);

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus(null);
    setFailure(null);
    try {
      const saved = await saveIdentity(getDb(), {
        ...identity,
        nodeId: values.nodeId || null,
        role: values.role || null,
        userName: values.userName,
      });
      form.reset({
        nodeId: saved.nodeId ?? '',
        role: saved.role ?? '',
        userName: saved.userName,
      });
      setStatus(t('org.installation.saved'));
    } catch (error) {
      setFailure(
        t('org.installation.failed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('org.installation.heading')}</h2>
      <p className="help">{t('org.installation.help')}</p>
      {current?.archived ? (
        <p className="org-warning">{t('org.installation.archivedNode', { name: current.name })}</p>
      ) : null}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="org-grid org-grid-3">
          <Field label={t('org.installation.node')}>
            {({ id }) => (
              <select id={id} {...form.register('nodeId')}>
                <option value="">{t('org.installation.noNode')}</option>
                {options.map((node) => (
                  <option key={node.id} value={node.id}>
                    {'\u2003'.repeat(4 - node.level)}
                    {node.name} ({levelName(identity, node.level)})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('org.installation.role')}>
            {({ id }) => (
              <select id={id} {...form.register('role')}>
                <option value="">{t('org.installation.noRole')}</option>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`org.roles.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('org.installation.userName')}
            hint={t('org.installation.userNameHelp')}
            error={errors.userName?.message}
          >
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
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t('org.installation.save')}
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
