// Generates the API types: src/api/gen/schema.d.ts from ../api/openapi.yaml with openapi-typescript.
// `npm run gen:api` writes the file; src/api/gen/schema.test.ts calls generateSchema() to check it is up to date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const SOURCE = new URL('../../api/openapi.yaml', import.meta.url);
export const OUTPUT = new URL('../src/api/gen/schema.d.ts', import.meta.url);
export const HEADER = '// Generated from api/openapi.yaml by `npm run gen:api`. Do not edit.\n\n';

/** The text schema.d.ts must have for the current api/openapi.yaml. */
export async function generateSchema() {
  const ast = await openapiTS(readFileSync(SOURCE, 'utf8'), { silent: true });
  return HEADER + astToString(ast);
}

/** The committed schema.d.ts. */
export function readCommittedSchema() {
  return readFileSync(OUTPUT, 'utf8');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OUTPUT, await generateSchema());
  console.log(`gen:api: wrote ${fileURLToPath(OUTPUT)}`);
}
