import { expect } from 'vitest';
import { toHex, type Signer } from '@shared/exchange';
import type { SamDatabase } from '../../../renderer/src/data';
import { buildOwnPackage } from '../../../renderer/src/data/outgoing';
import { importPackages } from '../../../renderer/src/data/package-repo';
import { trustKey } from '../../../renderer/src/data/trust-repo';
import { webCrypto } from '../../../renderer/src/exchange/web-crypto';
import { NOW, YEAR, fillUnit, newSigner, setUp } from './helpers';

/** This installation's report package for YEAR, as the send screen builds it. */
export function build(
  db: SamDatabase,
  signer: Signer,
  freeText = false,
  incidentDetails = false,
  now = NOW,
) {
  return buildOwnPackage(db, {
    year: YEAR,
    freeText,
    incidentDetails,
    signer,
    crypto: webCrypto,
    now,
  });
}

/** A unit's installation (its own database and key) with its follow-up in the given state. */
export async function unitInstallation(
  newDb: () => SamDatabase,
  nodeId: string,
  sign: 'draft' | 'manager' | 'both' = 'both',
) {
  const db = await setUp(newDb(), nodeId, 'Anna Chef');
  await fillUnit(db, nodeId, sign);
  return { db, signer: await newSigner() };
}

/** Receives files at `db` as the importer does, trusting the senders' keys first. */
export async function receive(
  db: SamDatabase,
  files: { nodeId: string; signer: Signer; bytes: Uint8Array }[],
  now = NOW,
) {
  for (const f of files) await trustKey(db, f.nodeId, toHex(f.signer.publicKey));
  const outcomes = await importPackages(
    db,
    files.map((f, i) => ({ name: `paket-${i}.samx`, bytes: f.bytes })),
    { now: () => now },
  );
  for (const outcome of outcomes)
    expect(['imported', 'return'], JSON.stringify(outcome)).toContain(outcome.kind);
  return outcomes;
}
