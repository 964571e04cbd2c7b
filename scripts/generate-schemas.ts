/**
 * `npm run schema`: writes the JSON Schema of the exchange format (.samx) into resources/schema/,
 * generated from the zod schemas the app itself validates with, so the published description
 * cannot drift from the code. tests/unit/exchange-format checks the committed files are current.
 *
 * Choices (see docs/exchange-format.md):
 * - `io: 'input'`: the schema describes what a reader accepts, i.e. the JSON as it is in the file.
 * - `unrepresentable: 'throw'`: a zod type JSON Schema cannot express (z.custom, a transform, a
 *   bigint, …) makes generation fail instead of silently producing `{}`; none is used today.
 *   Refinements (`.refine`) are not carried over by z.toJSONSchema; none is used in these schemas.
 * - Draft 2020-12 (zod's default); formatted with two spaces and a final newline.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  manifestSchema,
} from '@shared/exchange/manifest';
import { reportPayloadSchema, returnPayloadSchema } from '@shared/exchange/payload';

export const SCHEMA_DIR = fileURLToPath(new URL('../resources/schema/', import.meta.url));

interface SchemaFile {
  file: string;
  title: string;
  description: string;
  schema: z.ZodType;
}

const FILES: SchemaFile[] = [
  {
    file: 'samx-manifest.schema.json',
    title: 'SAM-uppföljning: manifest.json',
    description: `manifest.json of a .samx package (format "${EXCHANGE_FORMAT}", formatVersion ${EXCHANGE_FORMAT_VERSION}): who sent what, for which year, and the SHA-256 of every other file. manifest.sig is an Ed25519 signature over the file's exact bytes.`,
    schema: manifestSchema,
  },
  {
    file: 'samx-report-payload.schema.json',
    title: 'SAM-uppföljning: payload.json of a report package',
    description:
      'payload.json of a .samx package whose manifest kind is "report": a node\'s follow-up for a year, with the reports of nodes below that the sender holds itself and the list of nested packages it carries.',
    schema: reportPayloadSchema,
  },
  {
    file: 'samx-return-payload.schema.json',
    title: 'SAM-uppföljning: payload.json of a return package',
    description:
      'payload.json of a .samx package whose manifest kind is "return": a report sent back down with a comment.',
    schema: returnPayloadSchema,
  },
];

/** File name → exact file content. */
export function generateSchemaFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const { file, title, description, schema } of FILES) {
    const { $schema, ...body } = z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'throw',
      target: 'draft-2020-12',
    });
    const document = { $schema, $id: file, title, description, ...body };
    out.set(file, `${JSON.stringify(document, null, 2)}\n`);
  }
  return out;
}

async function main(): Promise<void> {
  await mkdir(SCHEMA_DIR, { recursive: true });
  for (const [file, content] of generateSchemaFiles()) {
    await writeFile(join(SCHEMA_DIR, file), content);
    console.log(`wrote ${join(dirname(SCHEMA_DIR), 'schema', file)}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
