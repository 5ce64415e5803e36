import { describe } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runLogStoreCases } from '../support/run-log-store-cases.js';
import { afterAll, beforeAll } from 'vitest';

/** The run log store on PostgreSQL (test/integration/webhooks-embedded.test.ts runs the same cases on PGlite). */
describe('run log store on PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });
  runLogStoreCases(() => db.url);
});
