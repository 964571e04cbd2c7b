import { readFile } from 'node:fs/promises';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer boundary of DESIGN.md is a lint rule; these tests lint fixtures as if they stood in
 * shared/ or renderer/, so a config change that silently drops the rule fails here.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function lintAs(fixture: string, filePath: string) {
  const code = await readFile(`tests/fixtures/lint/${fixture}`, 'utf8');
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('boundary lint rule', () => {
  it('fails when shared/ imports electron', async () => {
    const messages = await lintAs('shared-imports-electron.ts', 'shared/fixture.ts');
    expect(
      messages.some((m) => m.startsWith('no-restricted-imports') && m.includes('gränsregel')),
    ).toBe(true);
  });

  it('fails when shared/ imports a node: module', async () => {
    const messages = await lintAs('shared-imports-node.ts', 'shared/fixture.ts');
    expect(messages.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('fails when shared/ uses a DOM global', async () => {
    const messages = await lintAs('shared-uses-dom.ts', 'shared/fixture.ts');
    expect(messages.some((m) => m.startsWith('no-restricted-globals'))).toBe(true);
  });

  it('fails when renderer/ imports electron', async () => {
    const messages = await lintAs('shared-imports-electron.ts', 'renderer/src/fixture.ts');
    expect(messages.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('lets clean domain code through, and electron/ may import electron', async () => {
    expect(await lintAs('shared-clean.ts', 'shared/fixture.ts')).toEqual([]);
    expect(await lintAs('shared-imports-electron.ts', 'electron/main/fixture.ts')).toEqual([]);
  });
});
