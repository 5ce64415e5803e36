import { RequestContext } from '@mikro-orm/core';
import { type MikroORM } from '@mikro-orm/postgresql';
import { asUnavailableWhenDisconnected } from './stores/sql-errors.js';

/**
 * Runs `work` with its own forked EntityManager (MikroORM's RequestContext): stores that use
 * `orm.em` inside it get the fork, so each gRPC call or dispatcher tick is one unit of work. A
 * database that cannot be reached comes out as `unavailable`, whichever store met it.
 */
export function unitOfWorkRunner(orm: MikroORM): <T>(work: () => Promise<T>) => Promise<T> {
  return (work) =>
    RequestContext.create(orm.em, work).catch((error: unknown) => {
      throw asUnavailableWhenDisconnected(error);
    });
}
