import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/format';
import {
  addItem,
  checkNewName,
  moveItem,
  removeItem,
  renameItem,
  type DraftItem,
  type ItemError,
  type ListCheck,
  type ListName,
} from './category-draft';

export interface CategoryListEditorProps {
  list: ListName;
  items: readonly DraftItem[];
  onChange(items: DraftItem[]): void;
  /** Incidents per stored name; undefined while counting. */
  usage: ReadonlyMap<string, number> | undefined;
  check: ListCheck;
  /** Errors are shown once a save was tried, or as soon as a field is edited. */
  showErrors: boolean;
  /** Tells screen-reader users what a button did (the caller's role="status" region). */
  announce(message: string): void;
}

type FocusTarget = { key: string; part: 'up' | 'down' | 'remove' } | { key: null; part: 'add' };

/** The element id of a focus target: buttons per item, and the new-name field. */
function targetId(base: string, target: FocusTarget): string {
  return target.key === null ? `${base}-new` : `${base}-${target.key}-${target.part}`;
}

/**
 * One category list: rename in place, move up and down, remove, add at the end. Every action is
 * a button, so the list is fully usable from the keyboard; after a move or a removal the focus
 * stays on the same kind of button instead of falling back to the page.
 */
export function CategoryListEditor({
  list,
  items,
  onChange,
  usage,
  check,
  showErrors,
  announce,
}: CategoryListEditorProps) {
  const { t } = useTranslation();
  const base = useId();
  const headingId = `${base}-heading`;
  const [newName, setNewName] = useState('');
  const [newError, setNewError] = useState<ItemError | null>(null);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const idOf = (target: FocusTarget) => targetId(base, target);

  // After a move or removal the pressed button is gone or elsewhere: focus follows the item.
  useEffect(() => {
    if (focus) document.getElementById(targetId(base, focus))?.focus();
  }, [base, focus]);

  const errorText = (error: ItemError, name: string) =>
    t(`incidents.stats.settings.errors.${error}`, { name: name.trim() });

  function move(item: DraftItem, index: number, step: -1 | 1) {
    const next = moveItem(items, item.key, step);
    const position = index + step;
    onChange(next);
    // At the new end the pressed button is disabled: the other direction keeps the focus.
    const part =
      step === -1 ? (position === 0 ? 'down' : 'up') : position === next.length - 1 ? 'up' : 'down';
    setFocus({ key: item.key, part });
    announce(
      t('incidents.stats.settings.moved', {
        name: item.name.trim(),
        position: position + 1,
        count: next.length,
      }),
    );
  }

  function remove(item: DraftItem, index: number) {
    const next = removeItem(items, item.key);
    onChange(next);
    const neighbour = next[index] ?? next[index - 1];
    setFocus(neighbour ? { key: neighbour.key, part: 'remove' } : { key: null, part: 'add' });
    announce(t('incidents.stats.settings.removed', { name: item.name.trim() }));
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const error = checkNewName(items, newName);
    setNewError(error);
    if (error) return;
    onChange(addItem(items, newName));
    announce(t('incidents.stats.settings.added', { name: newName.trim() }));
    setNewName('');
    setFocus({ key: null, part: 'add' });
  }

  const usedBy = (item: DraftItem) =>
    item.original === null ? 0 : (usage?.get(item.original) ?? 0);

  return (
    <section className="card icat-list" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t(`incidents.stats.settings.${list}.heading`)}{' '}
        <span className="icat-count">
          ({t('incidents.stats.settings.count', { count: items.length })})
        </span>
      </h3>
      {check.list ? (
        <p className="error-message" role="alert">
          {t(`incidents.stats.settings.errors.${check.list}`)}
        </p>
      ) : null}
      <ol className="icat-items">
        {items.map((item, index) => {
          const inputId = `${base}-${item.key}-name`;
          const error = check.items.get(item.key);
          const visibleError = error && (showErrors || touched.has(item.key)) ? error : undefined;
          const renamed = item.original !== null && item.original !== item.name.trim();
          const used = usedBy(item);
          const label =
            item.name.trim() || t(`incidents.stats.settings.${list}.item`, { n: index + 1 });
          return (
            <li key={item.key} className="icat-item">
              <span className="icat-position" aria-hidden="true">
                {index + 1}.
              </span>
              <div className="icat-field">
                <label htmlFor={inputId} className="visually-hidden">
                  {t(`incidents.stats.settings.${list}.item`, { n: index + 1 })}
                </label>
                <input
                  id={inputId}
                  type="text"
                  value={item.name}
                  maxLength={200}
                  aria-invalid={visibleError ? true : undefined}
                  aria-describedby={visibleError ? `${inputId}-error` : undefined}
                  onChange={(event) => {
                    onChange(renameItem(items, item.key, event.target.value));
                    setTouched((old) => new Set(old).add(item.key));
                  }}
                />
                {visibleError ? (
                  <span id={`${inputId}-error`} className="icat-error">
                    {errorText(visibleError, item.name)}
                  </span>
                ) : null}
                {renamed ? (
                  <span className="icat-note">
                    {t('incidents.stats.settings.renamedFrom', { name: item.original })}
                  </span>
                ) : null}
              </div>
              <span className="icat-used">
                {used > 0
                  ? t('incidents.stats.settings.used', {
                      count: used,
                      formatted: formatNumber(used),
                    })
                  : t('incidents.stats.settings.unused')}
              </span>
              <span className="icat-buttons">
                <button
                  type="button"
                  id={idOf({ key: item.key, part: 'up' })}
                  className="button icat-icon"
                  disabled={index === 0}
                  title={t('incidents.stats.settings.moveUp', { name: label })}
                  onClick={() => move(item, index, -1)}
                >
                  <span aria-hidden="true">↑</span>
                  <span className="visually-hidden">
                    {t('incidents.stats.settings.moveUp', { name: label })}
                  </span>
                </button>
                <button
                  type="button"
                  id={idOf({ key: item.key, part: 'down' })}
                  className="button icat-icon"
                  disabled={index === items.length - 1}
                  title={t('incidents.stats.settings.moveDown', { name: label })}
                  onClick={() => move(item, index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                  <span className="visually-hidden">
                    {t('incidents.stats.settings.moveDown', { name: label })}
                  </span>
                </button>
                <button
                  type="button"
                  id={idOf({ key: item.key, part: 'remove' })}
                  className="button button-danger icat-remove"
                  onClick={() => remove(item, index)}
                >
                  {t('incidents.stats.settings.removeShort')}
                  <span className="visually-hidden"> {label}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <form className="icat-add" onSubmit={add} noValidate>
        <label htmlFor={idOf({ key: null, part: 'add' })}>
          {t(`incidents.stats.settings.${list}.new`)}
        </label>
        <div className="icat-add-row">
          <input
            id={idOf({ key: null, part: 'add' })}
            type="text"
            value={newName}
            maxLength={200}
            aria-invalid={newError ? true : undefined}
            aria-describedby={newError ? `${base}-new-error` : undefined}
            onChange={(event) => {
              setNewName(event.target.value);
              setNewError(null);
            }}
          />
          <button type="submit" className="button">
            {t('incidents.stats.settings.add')}
          </button>
        </div>
        {newError ? (
          <span id={`${base}-new-error`} className="icat-error" role="alert">
            {errorText(newError, newName)}
          </span>
        ) : null}
      </form>
    </section>
  );
}
