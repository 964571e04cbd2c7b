import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION } from '@shared/exchange/manifest';
import { generateSchemaFiles, SCHEMA_DIR } from '../../../scripts/generate-schemas';

const generated = generateSchemaFiles();

interface JsonSchemaObject {
  $schema?: string;
  $id?: string;
  type?: string;
  required?: string[];
  additionalProperties?: boolean;
  properties?: Record<string, { const?: unknown; enum?: unknown[]; pattern?: string }>;
}

const parse = (file: string): JsonSchemaObject =>
  JSON.parse(generated.get(file) ?? 'null') as JsonSchemaObject;

describe('resources/schema (JSON Schema of the .samx format)', () => {
  it('holds exactly the generated files', async () => {
    const committed = (await readdir(SCHEMA_DIR)).filter((f) => f.endsWith('.json')).sort();
    expect(committed).toEqual([...generated.keys()].sort());
  });

  for (const [file, content] of generated) {
    it(`${file} is current: run \`npm run schema\` after changing the zod schemas`, async () => {
      expect(await readFile(join(SCHEMA_DIR, file), 'utf8')).toBe(content);
    });
  }

  it('describes the manifest as the reader checks it', () => {
    const manifest = parse('samx-manifest.schema.json');
    expect(manifest.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(manifest.$id).toBe('samx-manifest.schema.json');
    expect(manifest.additionalProperties).toBe(false);
    expect(manifest.required?.sort()).toEqual(
      [
        'author',
        'created',
        'files',
        'format',
        'formatVersion',
        'kind',
        'level',
        'nodeId',
        'nodeName',
        'publicKey',
        'revision',
        'year',
      ].sort(),
    );
    expect(manifest.properties?.format?.const).toBe(EXCHANGE_FORMAT);
    expect(manifest.properties?.formatVersion?.const).toBe(EXCHANGE_FORMAT_VERSION);
    expect(manifest.properties?.kind?.enum).toEqual(['report', 'return']);
    expect(manifest.properties?.publicKey?.pattern).toBe('^[0-9a-f]{64}$');
  });

  it('describes both payloads, strict at the top level', () => {
    const report = parse('samx-report-payload.schema.json');
    expect(report.properties?.kind?.const).toBe('report');
    expect(report.additionalProperties).toBe(false);
    expect(report.required?.sort()).toEqual(
      ['kind', 'nested', 'options', 'reports', 'templates', 'year'].sort(),
    );
    const ret = parse('samx-return-payload.schema.json');
    expect(ret.properties?.kind?.const).toBe('return');
    expect(ret.required).toContain('comment');
  });

  it('is never an empty schema where zod could not express a type', () => {
    // unrepresentable: 'throw' makes generation fail; an "any" ({}) would slip through otherwise.
    for (const content of generated.values()) expect(content).not.toMatch(/:\s*\{\}/);
  });
});
