import type { ListName } from './category-draft';

/** One stored name that is given a new text, and how many incidents carry the old one. */
export interface RenameEffect {
  list: ListName;
  from: string;
  to: string;
  count: number;
}

/** What saving the lists means for the incidents already stored. */
export interface PendingEffects {
  /** Renames of names some incident carries (a rename nobody uses needs no question). */
  renames: RenameEffect[];
  /** Incidents touched by those renames, counted once per list they are renamed in. */
  renamedIncidents: number;
  /** Incidents whose category leaves the lists: they count as "saknas" from then on. */
  removedIncidents: number;
}

type PerList<T> = Record<ListName, T>;

export function pendingEffects(
  renames: PerList<ReadonlyMap<string, string>>,
  removed: PerList<readonly string[]>,
  usage: PerList<ReadonlyMap<string, number>> | undefined,
): PendingEffects {
  const lists: ListName[] = ['places', 'causes'];
  const used = (list: ListName, name: string) => usage?.[list].get(name) ?? 0;
  const effects: RenameEffect[] = lists.flatMap((list) =>
    [...renames[list]]
      .map(([from, to]) => ({ list, from, to, count: used(list, from) }))
      .filter((effect) => effect.count > 0),
  );
  return {
    renames: effects,
    renamedIncidents: effects.reduce((sum, effect) => sum + effect.count, 0),
    removedIncidents: lists.reduce(
      (sum, list) => sum + removed[list].reduce((n, name) => n + used(list, name), 0),
      0,
    ),
  };
}
