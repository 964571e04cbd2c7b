import { describe, expect, it } from 'vitest';
import { fingerprint, toHex } from '@shared/exchange';
import {
  BackupError,
  clearDatabase,
  dumpDatabase,
  exportBackup,
  restoreBackup,
} from '../../../renderer/src/data';
import {
  listTrustedKeys,
  removeTrustedKey,
  retrustKey,
  trustKey,
} from '../../../renderer/src/data/trust-repo';
import { getSigner, ownFingerprint } from '../../../renderer/src/exchange/key-store';
import { webCrypto } from '../../../renderer/src/exchange/web-crypto';
import { useTestDb } from '../data/fixtures';
import { NOW, newSigner, setUp } from './helpers';

const newDb = useTestDb();
const data = new TextEncoder().encode('manifest');

describe('webCrypto', () => {
  it('hashes with SHA-256', async () => {
    expect(toHex(await webCrypto.sha256(new TextEncoder().encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('verifies Ed25519 signatures, and says false (never throws) for anything malformed', async () => {
    const signer = await newSigner();
    const signature = await signer.sign(data);
    expect(await webCrypto.verifyEd25519(signer.publicKey, signature, data)).toBe(true);
    const tampered = signature.slice();
    tampered[0] = (tampered[0] ?? 0) ^ 1;
    expect(await webCrypto.verifyEd25519(signer.publicKey, tampered, data)).toBe(false);
    const other = await newSigner();
    expect(await webCrypto.verifyEd25519(other.publicKey, signature, data)).toBe(false);
    expect(await webCrypto.verifyEd25519(new Uint8Array(5), signature, data)).toBe(false);
    expect(await webCrypto.verifyEd25519(new Uint8Array(32).fill(255), signature, data)).toBe(
      false,
    );
    expect(await webCrypto.verifyEd25519(signer.publicKey, signature.slice(0, 10), data)).toBe(
      false,
    );
    expect(await webCrypto.verifyEd25519(signer.publicKey, new Uint8Array(), data)).toBe(false);
  });
});

describe('the installation key', () => {
  it('is made once, even by two concurrent first calls, and signs verifiably', async () => {
    const db = newDb();
    const [a, b] = await Promise.all([getSigner(db), getSigner(db)]);
    expect(toHex(a.publicKey)).toBe(toHex(b.publicKey));
    expect(await db.ownKeys.count()).toBe(1);
    const stored = await db.ownKeys.get('self');
    expect(stored?.privateKey.extractable).toBe(false);
    expect(stored?.publicKeyHex).toBe(toHex(a.publicKey));
    expect(await webCrypto.verifyEd25519(a.publicKey, await b.sign(data), data)).toBe(true);
    expect(await ownFingerprint(db)).toBe(await fingerprint(webCrypto, a.publicKey));
    expect(await ownFingerprint(db)).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });

  it('survives across database objects: another window finds the stored key', async () => {
    const db = newDb();
    const first = await getSigner(db);
    db.close();
    const { SamDatabase } = await import('../../../renderer/src/data');
    const again = new SamDatabase(db.name);
    try {
      expect(toHex((await getSigner(again)).publicKey)).toBe(toHex(first.publicKey));
    } finally {
      again.close();
    }
    await db.open();
  });

  it('two windows racing on first use end with one key (the transaction decides)', async () => {
    const db = newDb();
    const { SamDatabase } = await import('../../../renderer/src/data');
    const other = new SamDatabase(db.name);
    try {
      const [a, b] = await Promise.all([getSigner(db), getSigner(other)]);
      expect(toHex(a.publicKey)).toBe(toHex(b.publicKey));
      expect(await db.ownKeys.count()).toBe(1);
    } finally {
      other.close();
    }
  });

  it('is never in a dump or a backup, and survives clearing and restoring', async () => {
    const db = await setUp(newDb(), 'barn1');
    const before = await dumpDatabase(db);
    const signer = await getSigner(db);
    expect(await dumpDatabase(db)).toBe(before);
    const backup = await exportBackup(db, NOW);
    expect(new TextDecoder().decode(backup)).not.toContain('ownKeys');
    await clearDatabase(db);
    await restoreBackup(db, backup);
    expect(toHex((await getSigner(db)).publicKey)).toBe(toHex(signer.publicKey));
    expect(await db.ownKeys.count()).toBe(1);

    // A file that claims to carry one is not a backup this app wrote.
    const file = JSON.parse(new TextDecoder().decode(backup)) as { tables: object };
    file.tables = { ...file.tables, ownKeys: [] };
    const forged = new TextEncoder().encode(JSON.stringify(file));
    await expect(restoreBackup(db, forged)).rejects.toBeInstanceOf(BackupError);
    await expect(restoreBackup(db, forged)).rejects.toThrow('okänd tabell: "ownKeys"');
  });
});

describe('trusted keys', () => {
  it('trusts on first use, refuses a different key, re-trusts explicitly, forgets', async () => {
    const db = await setUp(newDb(), 'barn1');
    const [first, second] = await Promise.all([newSigner(), newSigner()]);
    const now = () => NOW;
    const trusted = await trustKey(db, 'enhetA', toHex(first.publicKey).toUpperCase(), { now });
    expect(trusted).toEqual({
      nodeId: 'enhetA',
      publicKey: toHex(first.publicKey),
      fingerprint: await fingerprint(webCrypto, first.publicKey),
      trustedAt: NOW.toISOString(),
      previous: [],
    });
    // The same key again changes nothing; another one is refused, naming the node.
    expect(await trustKey(db, 'enhetA', toHex(first.publicKey))).toEqual(trusted);
    await expect(trustKey(db, 'enhetA', toHex(second.publicKey))).rejects.toThrow('Åsens boende');
    await expect(trustKey(db, 'enhetA', 'abc')).rejects.toThrow('64 hexadecimala tecken');
    await expect(trustKey(db, 'finnsinte', toHex(first.publicKey))).rejects.toThrow();

    const later = new Date('2026-04-01T00:00:00.000Z');
    const replaced = await retrustKey(db, 'enhetA', toHex(second.publicKey), { now: () => later });
    expect(replaced).toMatchObject({
      publicKey: toHex(second.publicKey),
      fingerprint: await fingerprint(webCrypto, second.publicKey),
      previous: [{ fingerprint: trusted.fingerprint, replacedAt: later.toISOString() }],
    });
    expect(await listTrustedKeys(db)).toEqual([replaced]);

    await removeTrustedKey(db, 'enhetA');
    expect(await db.trustedKeys.get('enhetA')).toBeUndefined();
  });
});
