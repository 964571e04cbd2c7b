import { format } from 'date-fns';
import type { SharedFolderEntry } from '@shared/bridge';
import { buildOrgTree, type OrgTree } from '@shared/org/tree';
import { isSignedFollowUp } from '@shared/rollup/aggregate';
import {
  isoDate,
  year as yearSchema,
  type Level,
  type OrgNode,
  type ReceivedPackage,
  type ReturnNotice,
  type Submission,
  type Summary,
} from '@shared/schemas';
import type { SamDatabase } from './db';
import { ValidationError, type FieldIssue } from './errors';
import { getIdentity } from './identity-repo';
import { getSetting, setSetting } from './settings-repo';
import { submissionId } from './submission-repo';
import { validate } from './validate';

/** Where a node's report for a year stands, seen from the level above (labels in the UI's i18n). */
export type TrackingStatus = 'ej_paborjad' | 'pagar' | 'inskickad' | 'mottagen' | 'aterremitterad';

/** The last day to report, per level that reports upward (1–3), as YYYY-MM-DD or none. */
export interface Deadlines {
  '1': string | null;
  '2': string | null;
  '3': string | null;
}

const DEADLINE_LEVELS = ['1', '2', '3'] as const;

export const deadlinesKey = (year: number) => `deadlines:${year}`;

/* Refusals of this module, in Swedish for the user. */
const sv = {
  badDate: (level: string, value: string) =>
    `Sista dag för ${level}: "${value}" är inte ett giltigt datum (ange ÅÅÅÅ-MM-DD).`,
  order: (lower: string, lowerDate: string, upper: string, upperDate: string) =>
    `Sista dag för ${lower} (${lowerDate}) ligger efter sista dag för ${upper} (${upperDate}). Nivån under behöver rapportera först.`,
};

function noDeadlines(): Deadlines {
  return { '1': null, '2': null, '3': null };
}

/** The deadlines of a year; none set until saved. */
export async function getDeadlines(db: SamDatabase, year: number): Promise<Deadlines> {
  const stored = await getSetting(db, deadlinesKey(year));
  const out = noDeadlines();
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return out;
  for (const level of DEADLINE_LEVELS) {
    const value = stored[level];
    if (typeof value === 'string' && isoDate.safeParse(value).success) out[level] = value;
  }
  return out;
}

/**
 * Saves the deadlines of a year. Each is a real date (YYYY-MM-DD) or empty; a lower level's may
 * not fall after a higher level's (the level above needs its children's reports first). Refused
 * with a Swedish ValidationError naming the level; nothing is stored then.
 */
export async function saveDeadlines(
  db: SamDatabase,
  year: number,
  deadlines: Readonly<Record<'1' | '2' | '3', string | null>>,
): Promise<Deadlines> {
  validate(yearSchema, year);
  const { levelNames } = await getIdentity(db);
  const name = (level: string) => levelNames[Number(level) - 1] ?? `nivå ${level}`;
  const clean = noDeadlines();
  const issues: FieldIssue[] = [];
  for (const level of DEADLINE_LEVELS) {
    const value = (deadlines[level] ?? '').trim();
    if (value === '') continue;
    if (isoDate.safeParse(value).success) clean[level] = value;
    else issues.push({ path: level, message: sv.badDate(name(level), value) });
  }
  for (let i = 0; i < DEADLINE_LEVELS.length && issues.length === 0; i++) {
    const lower = DEADLINE_LEVELS[i] ?? '1';
    const lowerDate = clean[lower];
    for (const upper of DEADLINE_LEVELS.slice(i + 1)) {
      const upperDate = clean[upper];
      if (lowerDate !== null && upperDate !== null && lowerDate > upperDate) {
        issues.push({
          path: lower,
          message: sv.order(name(lower), lowerDate, name(upper), upperDate),
        });
        break;
      }
    }
  }
  const [first] = issues;
  if (first) throw new ValidationError(first.message, issues);
  await setSetting(db, deadlinesKey(year), { ...clean });
  return clean;
}

/** A calendar day as YYYY-MM-DD (a Date is read in local time, as the user's "today"). */
function dayOf(today: Date | string): string {
  return typeof today === 'string' ? today.slice(0, 10) : format(today, 'yyyy-MM-dd');
}

function deadlineFor(deadlines: Deadlines, level: Level): string | null {
  return level === 4 ? null : deadlines[`${level}`];
}

function isOverdue(deadline: string | null, today: string, status: TrackingStatus): boolean {
  return deadline !== null && today > deadline && status !== 'mottagen' && status !== 'inskickad';
}

const hasText = (s: Summary | undefined) =>
  s !== undefined && [s.summary, s.goodExamples, s.challenges, s.priorities].some((t) => t.trim());

interface NodeState {
  status: TrackingStatus;
  revision: number | null;
  receivedAt: string | null;
  returnComment: string | null;
}

/** Everything the statuses of a year are read from, loaded once (whole tables, by index). */
interface Tracking {
  tree: OrgTree;
  deadlines: Deadlines;
  stateOf(nodeId: string): NodeState;
}

async function loadTracking(
  db: SamDatabase,
  year: number,
  folderEntries: readonly SharedFolderEntry[] = [],
): Promise<Tracking> {
  const [nodes, packages, submissions, followUps, summaries, actions, deadlines] =
    await db.transaction(
      'r',
      [
        db.orgNodes,
        db.packages,
        db.submissions,
        db.followUps,
        db.summaries,
        db.actions,
        db.settings,
      ],
      () =>
        Promise.all([
          db.orgNodes.toArray(),
          db.packages.where('year').equals(year).toArray(),
          db.submissions.where('year').equals(year).toArray(),
          db.followUps.toArray().then((rows) => rows.filter((f) => f.year === year)),
          db.summaries.toArray().then((rows) => rows.filter((s) => s.year === year)),
          db.actions.where('year').equals(year).toArray(),
          getDeadlines(db, year),
        ]),
    );
  const tree = buildOrgTree(nodes);
  const byNode = new Map<string, ReceivedPackage>(packages.map((p) => [p.nodeId, p]));
  // Reports a received package vouched for (nodes held locally by the sender), with that package.
  const vouched = new Map<string, ReceivedPackage>();
  for (const row of packages)
    for (const body of row.payload.reports)
      if (body.node.id !== row.nodeId) vouched.set(body.node.id, row);
  const submissionById = new Map<string, Submission>(submissions.map((s) => [s.id, s]));
  const inFolder = new Map<string, number>();
  for (const entry of folderEntries) {
    if (entry.kind !== 'report' || entry.year !== year) continue;
    inFolder.set(entry.nodeId, Math.max(entry.revision, inFolder.get(entry.nodeId) ?? 0));
  }
  const followUpOf = new Map(followUps.map((f) => [f.nodeId, f]));
  const summaryOf = new Map(summaries.map((s) => [s.nodeId, s]));
  const withActions = new Set(actions.map((a) => a.nodeId));

  // Work started: a local follow-up, a level 2+ node's texts or actions, or any report received.
  const active = new Set<string>([
    ...followUpOf.keys(),
    ...withActions,
    ...summaries.filter((s) => hasText(s)).map((s) => s.nodeId),
    ...byNode.keys(),
    ...vouched.keys(),
  ]);
  // Nodes with started work somewhere below them: each active node marks its ancestors once.
  const activeBelow = new Set<string>();
  for (const id of active) {
    let parent = tree.byId.get(id)?.parentId ?? null;
    while (parent !== null && !activeBelow.has(parent)) {
      activeBelow.add(parent);
      parent = tree.byId.get(parent)?.parentId ?? null;
    }
  }

  function stateOf(nodeId: string): NodeState {
    const node = tree.byId.get(nodeId);
    const pkg = byNode.get(nodeId);
    const folderRevision = inFolder.get(nodeId) ?? 0;
    if (folderRevision > (pkg?.revision ?? 0)) {
      return {
        status: 'inskickad',
        revision: folderRevision,
        receivedAt: null,
        returnComment: null,
      };
    }
    if (pkg) {
      const submission = submissionById.get(submissionId(nodeId, year, pkg.revision));
      const returned = pkg.viaNodeId === null && submission?.status === 'returned';
      return {
        status: returned ? 'aterremitterad' : 'mottagen',
        revision: pkg.revision,
        receivedAt: pkg.receivedAt,
        returnComment: returned ? submission.comment : null,
      };
    }
    const carrier = vouched.get(nodeId);
    if (carrier) {
      return {
        status: 'mottagen',
        revision: null,
        receivedAt: carrier.receivedAt,
        returnComment: null,
      };
    }
    const ownWork =
      node?.level === 1
        ? followUpOf.has(nodeId)
        : hasText(summaryOf.get(nodeId)) || withActions.has(nodeId);
    const started = ownWork || (node !== undefined && node.level > 1 && activeBelow.has(nodeId));
    return {
      status: started ? 'pagar' : 'ej_paborjad',
      revision: null,
      receivedAt: null,
      returnComment: null,
    };
  }

  return { tree, deadlines, stateOf };
}

export interface ChildStatus extends NodeState {
  node: OrgNode;
  deadline: string | null;
  overdue: boolean;
  /** Active units at or below the child whose report has not been received. */
  unitsMissing: number;
}

/**
 * The status of each direct child (archived ones left out) of a node for a year: mottagen when a
 * package (its own, carried, or vouched for) is here and not returned; återremitterad when the
 * newest received revision was returned; inskickad when the shared folder holds a newer revision
 * not yet imported (`folderEntries` from a scan); pågår when work has started; else ej påbörjad.
 * Overdue: the child's level has a deadline, `today` is past it, and nothing has been sent.
 */
export async function childStatuses(
  db: SamDatabase,
  nodeId: string,
  year: number,
  today: Date | string,
  folderEntries?: readonly SharedFolderEntry[],
): Promise<ChildStatus[]> {
  return statusesOf(await loadTracking(db, year, folderEntries), nodeId, dayOf(today));
}

function statusesOf({ tree, deadlines, stateOf }: Tracking, nodeId: string, day: string) {
  return tree
    .childrenOf(nodeId)
    .filter((child) => !child.archived)
    .map((child) => {
      const state = stateOf(child.id);
      const deadline = deadlineFor(deadlines, child.level);
      const unitsMissing = tree
        .unitsUnder(child.id)
        .filter((unit) => !unit.archived && stateOf(unit.id).status !== 'mottagen').length;
      return {
        node: child,
        ...state,
        deadline,
        overdue: isOverdue(deadline, day, state.status),
        unitsMissing,
      };
    });
}

export interface Reminder {
  node: OrgNode;
  /** Names from the level below the asking node down to this node. */
  path: string[];
  status: TrackingStatus;
  deadline: string | null;
  overdue: boolean;
}

function comparePaths(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = (a[i] ?? '').localeCompare(b[i] ?? '', 'sv');
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/**
 * HR's reminder list: every active node below `nodeId` (units, sections, administrations) whose
 * report has not been received, overdue ones first, then by their path in the organisation.
 */
export async function missingReminders(
  db: SamDatabase,
  nodeId: string,
  year: number,
  today: Date | string,
  folderEntries?: readonly SharedFolderEntry[],
): Promise<Reminder[]> {
  return remindersOf(await loadTracking(db, year, folderEntries), nodeId, dayOf(today));
}

function remindersOf(
  { tree, deadlines, stateOf }: Tracking,
  nodeId: string,
  day: string,
): Reminder[] {
  const depth = tree.pathTo(nodeId).length;
  const reminders: Reminder[] = [];
  for (const node of tree.subtree(nodeId).slice(1)) {
    if (node.archived) continue;
    const { status } = stateOf(node.id);
    if (status === 'mottagen') continue;
    const path = tree.pathTo(node.id);
    if (path.some((n) => n.archived)) continue;
    const deadline = deadlineFor(deadlines, node.level);
    reminders.push({
      node,
      path: path.slice(depth).map((n) => n.name),
      status,
      deadline,
      overdue: isOverdue(deadline, day, status),
    });
  }
  return reminders.sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || comparePaths(a.path, b.path),
  );
}

/** What the tracking section shows: childStatuses, missingReminders and the deadlines, read once. */
export async function trackingView(
  db: SamDatabase,
  nodeId: string,
  year: number,
  today: Date | string,
  folderEntries?: readonly SharedFolderEntry[],
): Promise<{ rows: ChildStatus[]; reminders: Reminder[]; deadlines: Deadlines }> {
  const tracking = await loadTracking(db, year, folderEntries);
  const day = dayOf(today);
  return {
    rows: statusesOf(tracking, nodeId, day),
    reminders: remindersOf(tracking, nodeId, day),
    deadlines: tracking.deadlines,
  };
}

export interface OwnStatus {
  /** ej_paborjad, pagar (also when signed and ready but not sent), inskickad or aterremitterad. */
  status: Exclude<TrackingStatus, 'mottagen'>;
  /** The newest revision sent, if any. */
  revision: number | null;
  sentAt: string | null;
  /** The return of the newest revision sent, when it was returned. */
  returned: ReturnNotice | null;
  /** A package can be made now: a unit's follow-up signed by both; always for levels 2–3. */
  readyToSend: boolean;
  /** The revision the next package will have. */
  nextRevision: number;
}

/**
 * This installation's own report for a year: inskickad once a revision is recorded as sent and
 * no return of it (or a later one) has come; aterremitterad when the newest return covers the
 * newest revision sent; before sending, pagar when work has started, else ej_paborjad.
 */
export async function ownStatus(db: SamDatabase, year: number): Promise<OwnStatus> {
  const identity = await getIdentity(db);
  const nodeId = identity.nodeId;
  if (nodeId === null) {
    return {
      status: 'ej_paborjad',
      revision: null,
      sentAt: null,
      returned: null,
      readyToSend: false,
      nextRevision: 1,
    };
  }
  const [node, sent, notices] = await Promise.all([
    db.orgNodes.get(nodeId),
    db.outbox.where('[nodeId+year]').equals([nodeId, year]).toArray(),
    db.returnNotices.where('[nodeId+year]').equals([nodeId, year]).toArray(),
  ]);
  const reports = sent.filter((e) => e.kind === 'report').sort((a, b) => b.revision - a.revision);
  const newestSent = reports[0];
  const newestReturn = notices.sort(
    (a, b) => b.revision - a.revision || b.receivedAt.localeCompare(a.receivedAt),
  )[0];
  const followUp =
    node?.level === 1
      ? await db.followUps.where('[nodeId+year]').equals([nodeId, year]).first()
      : undefined;
  const readyToSend =
    node !== undefined && node.parentId !== null && (node.level > 1 || isSignedFollowUp(followUp));
  const base = { readyToSend, nextRevision: (newestSent?.revision ?? 0) + 1 };
  if (newestSent) {
    const returned = newestReturn !== undefined && newestReturn.revision >= newestSent.revision;
    return {
      ...base,
      status: returned ? 'aterremitterad' : 'inskickad',
      revision: newestSent.revision,
      sentAt: newestSent.createdAt,
      returned: returned ? newestReturn : null,
    };
  }
  // Nothing sent yet: whether work has started, as the level above sees it.
  const tracking = await loadTracking(db, year);
  const started = tracking.stateOf(nodeId).status !== 'ej_paborjad';
  return {
    ...base,
    status: started ? 'pagar' : 'ej_paborjad',
    revision: null,
    sentAt: null,
    returned: null,
  };
}
