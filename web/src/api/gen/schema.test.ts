import { describe, expect, it } from 'vitest';
import { generateSchema, HEADER, readCommittedSchema } from '../../../scripts/gen-api.mjs';

describe('generated API types', () => {
  it('src/api/gen/schema.d.ts matches api/openapi.yaml (run `npm run gen:api` after changing the contract)', async () => {
    const committed = readCommittedSchema();
    expect(committed.startsWith(HEADER)).toBe(true);
    expect(committed).toBe(await generateSchema());
  }, 30_000);
});
