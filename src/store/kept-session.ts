// What a store's writer learnt of the register in one document transaction (name keys, record
// rows, aliases, project facts: the WriteSession), kept for its next one. A new session per
// transaction asked SQL again, in every batch, about the records the batch before had just
// loaded or written: a date-ordered ingest spent about a quarter of its writer's time there, and
// a queue worker (one transaction per few jobs) more.
//
// The session stays true only while nothing but this writer changes the register. Every write
// transaction that changes records (documents, replays, curation; in any process, on either
// engine) moves a counter in kb_meta, inside its transaction; a kept session is used again only
// when the counter moved by exactly this writer's next step, so any other writer in between,
// and any failed transaction (its session is never handed back), start a fresh session.

import type { SqlDriver } from './sql-driver.js';
import { WriteSession } from './add-document.js';

/** How much a kept session may hold between transactions (entries, as WriteSession.size): about 20 MB. */
export const KEPT_SESSION = { maxEntries: 100_000 };

/** Moves the register's write counter by one and returns its new value. Call inside a write transaction. */
export async function nextWriteSerial(sql: SqlDriver): Promise<number> {
  const r = await sql.get<{ value: string }>(
    `INSERT INTO kb_meta (key, value) VALUES ('writes', '1')
     ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(kb_meta.value AS BIGINT) + 1 AS TEXT) RETURNING value`,
  );
  return Number(r!.value);
}

export class KeptSession {
  private kept: { session: WriteSession; serial: number } | null = null;

  /** Inside a write transaction that adds documents: the session to add them with, and the serial to hand back with it. */
  async take(sql: SqlDriver): Promise<{ session: WriteSession; serial: number }> {
    const serial = await nextWriteSerial(sql);
    const kept = this.kept;
    this.kept = null;
    if (kept && serial === kept.serial + 1) return { session: kept.session, serial };
    return { session: new WriteSession(), serial };
  }

  /** After the transaction that took it committed. */
  keep(session: WriteSession, serial: number): void {
    if (this.kept && this.kept.serial > serial) return;
    if (session.size > KEPT_SESSION.maxEntries) session.forgetFacts();
    this.kept = { session, serial };
  }

  /** Inside any other write transaction that changes records: no session survives it. */
  async changed(sql: SqlDriver): Promise<void> {
    this.kept = null;
    await nextWriteSerial(sql);
  }
}
