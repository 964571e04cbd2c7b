import { submissionSchema, type Submission } from '@shared/schemas';
import type { SamDatabase } from './db';
import { RepositoryError } from './errors';
import { requireNode } from './guards';
import { sv } from './messages';
import { validate } from './validate';

/** A received revision's row id: one row per node, year and revision. */
export function submissionId(nodeId: string, year: number, revision: number): string {
  return `${nodeId}:${year}:${revision}`;
}

const byRevision = (a: Submission, b: Submission) => a.revision - b.revision;

/** Every package received for a year, from all nodes below. */
export function listSubmissionsForYear(db: SamDatabase, year: number): Promise<Submission[]> {
  return db.submissions.where('year').equals(year).toArray();
}

/** The packages one node sent for a year, oldest revision first. */
export async function listSubmissions(
  db: SamDatabase,
  nodeId: string,
  year: number,
): Promise<Submission[]> {
  const rows = await db.submissions.where('[nodeId+year]').equals([nodeId, year]).toArray();
  return rows.sort(byRevision);
}

export async function recordSubmission(
  db: SamDatabase,
  submission: Submission,
): Promise<Submission> {
  const row = validate(submissionSchema, submission);
  return db.transaction('rw', db.submissions, db.orgNodes, async () => {
    await requireNode(db, row.nodeId);
    await db.submissions.put(row);
    return row;
  });
}

/** Marks a package returned to its sender (or received again), with a comment to them. */
export async function setSubmissionStatus(
  db: SamDatabase,
  id: string,
  status: Submission['status'],
  comment: string,
): Promise<Submission> {
  return db.transaction('rw', db.submissions, async () => {
    const stored = await db.submissions.get(id);
    if (!stored) throw new RepositoryError(sv.submissionMissing(id));
    const row = validate(submissionSchema, { ...stored, status, comment });
    await db.submissions.put(row);
    return row;
  });
}
