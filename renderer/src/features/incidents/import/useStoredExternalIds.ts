import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, storedExternalIds } from '../../../data';

/** Which of these external ids are stored already (live); undefined while the query runs. */
export function useStoredExternalIds(ids: readonly string[]): Set<string> | undefined {
  return useLiveQuery(() => storedExternalIds(getDb(), ids), [ids]);
}
