import { describe, expect, it } from 'vitest';
import type { Template } from '@shared/schemas';
import { loadReports } from '../../../renderer/src/data/rollup-repo';
import { fill, useTestDb } from '../data/fixtures';
import { build, receive, unitInstallation } from './flows';
import {
  TEMPLATE,
  YEAR,
  action,
  fillUnit,
  followUp,
  incidents,
  newSigner,
  openReport,
  receivedRow,
  setUp,
  summary,
} from './helpers';

const newDb = useTestDb();

/**
 * The administration's installation after the section's package came in (carrying unit1's
 * package and vouching for unit5, which the section keeps locally), plus unit5's own package as
 * if carried too, and local rows for several nodes.
 */
async function administration() {
  const u1 = await unitInstallation(newDb, 'unit1');
  const u5 = await unitInstallation(newDb, 'unit5');
  const unit1Bytes = (await build(u1.db, u1.signer)).bytes;
  const unit5Bytes = (await build(u5.db, u5.signer, true)).bytes;

  const section = await setUp(newDb(), 'sekA');
  await fill(section, { summaries: [summary('sekA', 'Sektion A:s text')] });
  await fillUnit(section, 'unit5');
  await receive(section, [{ nodeId: 'unit1', signer: u1.signer, bytes: unit1Bytes }]);
  const sectionBytes = (await build(section, await newSigner())).bytes;

  const db = await setUp(newDb(), 'forv');
  const sectionPkg = await openReport(sectionBytes);
  expect(sectionPkg.payload.reports.map((r) => r.node.id)).toEqual(['sekA', 'unit5']);
  const opened = [sectionPkg, await openReport(unit1Bytes), await openReport(unit5Bytes)];
  await fill(db, {
    packages: [
      await receivedRow(sectionPkg, null, '2026-03-10T08:00:00.000Z'),
      await receivedRow(opened[1] ?? sectionPkg, 'sekA', '2026-03-10T08:00:00.000Z'),
      await receivedRow(opened[2] ?? sectionPkg, 'sekA', '2026-03-10T08:00:00.000Z'),
    ],
    // Stored once each, as the importer does.
    receivedTemplates: [
      ...new Map(opened.flatMap((p) => p.payload.templates).map((t) => [t.id, t])).values(),
    ],
  });
  // Local rows: unit1's (a package wins), unit2's draft, sekB's texts, unit3's incidents only.
  await fillUnit(db, 'unit1');
  await fill(db, {
    followUps: [followUp('unit2', 'draft')],
    summaries: [summary('sekB', 'Sektion B:s text'), summary('forv', 'Förvaltningens text')],
    actions: [action('forv', 'forv-a26', YEAR)],
    incidents: incidents('unit3'),
  });
  return db;
}

describe('loadReports', () => {
  it('takes packages before local tables, and a node own package before a vouched report', async () => {
    const db = await administration();
    const { reports } = await loadReports(db, 'forv', YEAR);
    expect([...reports.keys()].sort()).toEqual(
      ['forv', 'sekA', 'sekB', 'unit1', 'unit2', 'unit3', 'unit5'].sort(),
    );

    const unit1 = reports.get('unit1');
    expect(unit1?.source).toMatchObject({
      kind: 'package',
      packageNodeId: 'unit1',
      viaNodeId: 'sekA',
      revision: 1,
      receivedAt: '2026-03-10T08:00:00.000Z',
    });
    expect(unit1?.source.kind === 'package' && unit1.source.fingerprint).toMatch(
      /^[0-9A-F]{4}( [0-9A-F]{4}){7}$/,
    );
    // The package's body (comments blanked by the sender), not the local one (with comments).
    expect(unit1?.body.answers.every((a) => a.comment === '')).toBe(true);

    // unit5: its own package (sent with comments) beats the section's vouched copy.
    const unit5 = reports.get('unit5');
    expect(unit5?.source).toMatchObject({ kind: 'package', packageNodeId: 'unit5' });
    expect(unit5?.body.answers.some((a) => a.comment !== '')).toBe(true);

    expect(reports.get('sekA')?.source).toMatchObject({
      kind: 'package',
      packageNodeId: 'sekA',
      viaNodeId: null,
    });
    expect(reports.get('sekA')?.body.summary?.summary).toBe('Sektion A:s text');

    const unit2 = reports.get('unit2');
    expect(unit2?.source).toEqual({ kind: 'local' });
    expect(unit2?.body.followUp?.status).toBe('draft');
    expect(reports.get('sekB')?.body.summary?.summary).toBe('Sektion B:s text');
    expect(reports.get('forv')?.body.actions.map((a) => a.id)).toEqual(['forv-a26']);
    const unit3 = reports.get('unit3');
    expect(unit3?.body.followUp).toBeNull();
    expect(unit3?.body.incidentStats.year).toBe(YEAR - 1);
    expect(unit3?.body.incidents).toHaveLength(3);
    // No data anywhere: no report.
    expect(reports.has('unit6')).toBe(false);
  });

  it('keeps to the subtree asked for', async () => {
    const db = await administration();
    const { reports } = await loadReports(db, 'sekA', YEAR);
    expect([...reports.keys()].sort()).toEqual(['sekA', 'unit1', 'unit2', 'unit5']);
  });

  it('a vouched report stands when the node has no package of its own', async () => {
    const db = await administration();
    await db.packages.delete(`unit5:${YEAR}`);
    const { reports } = await loadReports(db, 'forv', YEAR);
    expect(reports.get('unit5')?.source).toMatchObject({ kind: 'package', packageNodeId: 'sekA' });
  });

  it('merges local templates with those the packages brought', async () => {
    const db = await administration();
    const local: Template = { ...TEMPLATE, id: 'mall-lokal', version: 2 };
    await db.templates.clear();
    await db.templates.put(local);
    const { templates } = await loadReports(db, 'forv', YEAR);
    expect([...templates.keys()].sort()).toEqual(['mall-2026-1', 'mall-lokal']);
  });
});
