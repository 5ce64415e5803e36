import { RequestContext } from '@mikro-orm/core';
import { type MikroORM } from '@mikro-orm/postgresql';

/**
 * Runs `work` with its own forked EntityManager (MikroORM's RequestContext): stores that use
 * `orm.em` inside it get the fork, so each gRPC call or dispatcher tick is one unit of work.
 */
export function unitOfWorkRunner(orm: MikroORM): <T>(work: () => Promise<T>) => Promise<T> {
  return (work) => RequestContext.create(orm.em, work);
}
