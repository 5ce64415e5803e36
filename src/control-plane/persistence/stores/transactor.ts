import { type MikroORM } from '@mikro-orm/postgresql';
import { type Transactor } from '../../domain/staff-call/transaction.js';

/** A database transaction around a use-case; stores join it through MikroORM's transaction context. */
export class SqlTransactor implements Transactor {
  constructor(private readonly orm: MikroORM) {}

  inTransaction<T>(work: () => Promise<T>): Promise<T> {
    return this.orm.em.getContext(false).transactional(() => work());
  }
}
