import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgresOptions {
  /** Where PGlite keeps its files (created when missing; reused on the next start). */
  dataDir: string;
  /** Loopback port to serve on; a free one when omitted. */
  port?: number;
  /**
   * Client connections the socket accepts. PGlite runs one query at a time and the socket
   * multiplexes connections (keeping a transaction on its own connection), so this only bounds
   * the pool the control-plane may open.
   */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  /** A postgres:// URL for DATABASE_URL. */
  url: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL in-process for `npm start` without DATABASE_URL: PGlite behind the PostgreSQL wire
 * protocol on 127.0.0.1, so the control-plane connects exactly as it would to a server.
 * LISTEN/NOTIFY does not work across its multiplexed connections (see ARCHITECTURE.md).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir: options.dataDir });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 16,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const port = Number(server.getServerConn().split(':').pop());
  let stopped = false;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
