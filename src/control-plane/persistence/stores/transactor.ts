import { type MikroORM } from '@mikro-orm/postgresql';
import { type Transactor } from '../../domain/staff-call/transaction.js';

/** A database transaction around a use-case; stores join it through MikroORM's transaction context. */
export class SqlTransactor implements Transactor {
  constructor(private readonly orm: MikroORM) {}

  inTransaction<T>(work: () => Promise<T>): Promise<T> {
    return this.orm.em.getContext(false).transactional(() => work());
  }
}

/**
 * Runs `work` in its own transaction on a fresh fork, outside any unit of work (the loops: the
 * dispatcher, the live feeds, log capture); the raw statement helpers join it.
 */
export function inTransaction<T>(orm: MikroORM, work: () => Promise<T>): Promise<T> {
  return orm.em.fork().transactional(() => work());
}
