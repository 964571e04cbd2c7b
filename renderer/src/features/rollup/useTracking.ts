import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SharedFolderEntry } from '@shared/bridge';
import type { OrgNode } from '@shared/schemas';
import { getDb } from '../../data';
import {
  saveDeadlines,
  trackingView,
  type ChildStatus,
  type Deadlines,
  type Reminder,
} from '../../data/tracking-repo';
import { usePlatform } from '../../platform/PlatformContext';

export type { Deadlines } from '../../data/tracking-repo';
export type TrackingRow = ChildStatus;
export type ReminderRow = Reminder;

export interface TrackingView {
  rows: ChildStatus[];
  reminders: Reminder[];
  deadlines: Deadlines;
}

/**
 * The tracking of the level below a node, live: statuses, reminders and the year's deadlines.
 * In the app, a scan of the shared folder (once per year shown) adds "inskickad" for packages
 * that are there but not yet imported; a folder that cannot be read is simply not counted.
 */
export function useTracking(node: OrgNode, year: number): TrackingView | undefined {
  const folderEntries = useFolderEntries(year);
  return useLiveQuery(
    () => trackingView(getDb(), node.id, year, new Date(), folderEntries),
    [node.id, year, folderEntries],
  );
}

function useFolderEntries(year: number): readonly SharedFolderEntry[] {
  const folder = usePlatform().sharedFolder;
  const [entries, setEntries] = useState<readonly SharedFolderEntry[]>([]);
  useEffect(() => {
    if (!folder) return;
    let live = true;
    void (async () => {
      try {
        if ((await folder.current()) === null) return;
        const found = await folder.scan(year);
        if (live) setEntries(found);
      } catch {
        // An unreachable share: the statuses fall back to what is imported here.
      }
    })();
    return () => {
      live = false;
    };
  }, [folder, year]);
  return entries;
}

export function storeDeadlines(year: number, deadlines: Deadlines): Promise<Deadlines> {
  return saveDeadlines(getDb(), year, deadlines);
}
