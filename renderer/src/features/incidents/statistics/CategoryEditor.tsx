import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/format';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { getDb } from '../../../data';
import { DEFAULT_INCIDENT_CATEGORIES, type IncidentCategories } from '../useIncidentCategories';
import {
  checkList,
  draftFrom,
  draftReplacedBy,
  isChanged,
  isValid,
  namesOf,
  removedOf,
  renamesOf,
  type DraftItem,
  type ListName,
} from './category-draft';
import { pendingEffects } from './category-effects';
import { CategoryListEditor } from './CategoryListEditor';
import { SaveDialog } from './SaveDialog';
import { saveCategories } from './save-categories';
import type { CategoryUsage } from './useCategoryUsage';

type Drafts = Record<ListName, DraftItem[]>;

/** The two list editors and the save bar: nothing is stored until "Spara listorna". */
export function CategoryEditor({
  stored,
  usage,
  unitIds,
}: {
  stored: IncidentCategories;
  usage: CategoryUsage | undefined;
  unitIds: readonly string[];
}) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<Drafts>(() => ({
    places: draftFrom(stored.places),
    causes: draftFrom(stored.causes),
  }));
  const [rewrite, setRewrite] = useState(true);
  const [showErrors, setShowErrors] = useState(false);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [saving, setSaving] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [confirmSave, setConfirmSave] = useState(false);

  const checks = useMemo(
    () => ({ places: checkList(drafts.places), causes: checkList(drafts.causes) }),
    [drafts],
  );
  const changed =
    isChanged(drafts.places, stored.places) || isChanged(drafts.causes, stored.causes);
  const effects = useMemo(
    () =>
      pendingEffects(
        {
          places: renamesOf(drafts.places),
          causes: renamesOf(drafts.causes),
        },
        {
          places: removedOf(drafts.places, stored.places),
          causes: removedOf(drafts.causes, stored.causes),
        },
        usage,
      ),
    [drafts, stored, usage],
  );

  const setList = (list: ListName) => (items: DraftItem[]) =>
    setDrafts((old) => ({ ...old, [list]: items }));

  /** Checks the lists; a save that reaches stored incidents asks first. */
  function requestSave() {
    setFailure('');
    if (!isValid(checks.places) || !isValid(checks.causes)) {
      setShowErrors(true);
      setFailure(t('incidents.stats.settings.errors.summary'));
      return;
    }
    if (effects.renames.length > 0 || effects.removedIncidents > 0) setConfirmSave(true);
    else void save();
  }

  async function save() {
    setConfirmSave(false);
    setSaving(true);
    try {
      const lists = { places: namesOf(drafts.places), causes: namesOf(drafts.causes) };
      const renames = { places: renamesOf(drafts.places), causes: renamesOf(drafts.causes) };
      const rewritten = await saveCategories(
        getDb(),
        lists,
        rewrite && effects.renamedIncidents > 0 ? { renames, unitIds } : null,
      );
      setDrafts({ places: draftFrom(lists.places), causes: draftFrom(lists.causes) });
      setShowErrors(false);
      setStatus(
        rewritten > 0
          ? t('incidents.stats.settings.savedRewritten', {
              count: rewritten,
              formatted: formatNumber(rewritten),
            })
          : t('incidents.stats.settings.saved'),
      );
    } catch (error) {
      setFailure(
        t('incidents.stats.settings.saveFailed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    } finally {
      setSaving(false);
    }
  }

  function discard() {
    setDrafts({ places: draftFrom(stored.places), causes: draftFrom(stored.causes) });
    setShowErrors(false);
    setFailure('');
    setStatus(t('incidents.stats.settings.discarded'));
  }

  function reset() {
    setConfirmReset(false);
    setDrafts({
      places: draftReplacedBy(DEFAULT_INCIDENT_CATEGORIES.places, stored.places),
      causes: draftReplacedBy(DEFAULT_INCIDENT_CATEGORIES.causes, stored.causes),
    });
    setStatus(t('incidents.stats.settings.resetDone'));
  }

  return (
    <>
      <div className="icat-columns">
        {(['places', 'causes'] as const).map((list) => (
          <CategoryListEditor
            key={list}
            list={list}
            items={drafts[list]}
            onChange={setList(list)}
            usage={usage?.[list]}
            check={checks[list]}
            showErrors={showErrors}
            announce={setStatus}
          />
        ))}
      </div>
      <div className={changed ? 'card icat-savebar icat-savebar-sticky' : 'card icat-savebar'}>
        {changed ? <p className="icat-unsaved">{t('incidents.stats.settings.unsaved')}</p> : null}
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={!changed || saving}
            onClick={requestSave}
          >
            {t('incidents.stats.settings.save')}
          </button>
          <button type="button" className="button" disabled={!changed || saving} onClick={discard}>
            {t('incidents.stats.settings.discard')}
          </button>
          <button
            type="button"
            className="button icat-reset"
            disabled={saving}
            onClick={() => setConfirmReset(true)}
          >
            {t('incidents.stats.settings.reset')}
          </button>
        </div>
        <p className="icat-status" role="status">
          {status}
        </p>
        <div className="message-slot" role="alert">
          {failure ? <p className="error-message">{failure}</p> : null}
        </div>
      </div>
      <SaveDialog
        open={confirmSave}
        effects={effects}
        rewrite={rewrite}
        onRewriteChange={setRewrite}
        onConfirm={() => void save()}
        onCancel={() => setConfirmSave(false)}
      />
      <ConfirmDialog
        open={confirmReset}
        title={t('incidents.stats.settings.resetTitle')}
        message={t('incidents.stats.settings.resetMessage')}
        confirmLabel={t('incidents.stats.settings.resetConfirm')}
        onConfirm={reset}
        onCancel={() => setConfirmReset(false)}
      />
    </>
  );
}
