import { useTranslation } from 'react-i18next';
import { useWork } from '../../shell/WorkContext';

/** For every installation that is not an administration: who can change templates, and why not here. */
export function ReadOnlyNote() {
  const { t } = useTranslation();
  const { identity, tree } = useWork();
  const own = identity.nodeId ? tree.byId.get(identity.nodeId) : undefined;
  const level = identity.levelNames[2];
  return (
    <div className="card tpl-note">
      <h2>{t('templates.readOnlyHeading')}</h2>
      <p>
        {own
          ? t('templates.readOnly', {
              level,
              name: own.name,
              ownLevel: identity.levelNames[own.level - 1],
            })
          : t('templates.readOnlyNoIdentity', { level })}
      </p>
    </div>
  );
}
