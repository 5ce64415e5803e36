import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { type ListScope } from '../staff/caller-scope.js';
import { type PageRequest } from '../staff/pagination.js';
import { MemoryDirectory, staffCallOf } from '../triggers/testing/fakes.js';
import { listDeliveries } from './list-deliveries.js';
import { type DeliveryFilter, type DeliveryStore } from './ports.js';

const projectId = '11111111-1111-4111-8111-111111111111';

class RecordingStore implements DeliveryStore {
  asked: [ListScope, DeliveryFilter, PageRequest][] = [];
  async list(scope: ListScope, filter: DeliveryFilter, page: PageRequest) {
    this.asked.push([scope, filter, page]);
    return { items: [], nextCursor: '' };
  }
}

function setup() {
  const directory = new MemoryDirectory();
  directory.addUser('admin', { admin: true });
  directory.addUser('reader');
  directory.addMember(projectId, 'reader', 'read');
  directory.addUser('stranger');
  const deliveries = new RecordingStore();
  return { ports: { directory, deliveries }, deliveries };
}

describe('deliveries.list', () => {
  it('admins list everything (deliveries without a project included), members their projects', async () => {
    const { ports, deliveries } = setup();
    await listDeliveries(ports, staffCallOf('admin'), {});
    await listDeliveries(ports, staffCallOf('reader'), { outcome: 'ignored', limit: 10, cursor: 'c' });
    expect(deliveries.asked).toEqual([
      [{ kind: 'all' }, { projectId: null, outcome: null }, { limit: 50, cursor: '' }],
      [
        { kind: 'memberOf', userId: 'reader' },
        { projectId: null, outcome: 'ignored' },
        { limit: 10, cursor: 'c' },
      ],
    ]);
  });

  it("a project's deliveries for its members and admins; refused to others", async () => {
    const { ports, deliveries } = setup();
    await listDeliveries(ports, staffCallOf('reader'), { projectId, outcome: 'run' });
    await listDeliveries(ports, staffCallOf('admin'), { projectId });
    expect(deliveries.asked.map(([scope, filter]) => [scope.kind, filter])).toEqual([
      ['all', { projectId, outcome: 'run' }],
      ['all', { projectId, outcome: null }],
    ]);
    const refused = await listDeliveries(ports, staffCallOf('stranger'), { projectId }).catch(
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ kind: 'permission_denied' });
  });

  it('refuses deleted users and bad input before reading', async () => {
    const { ports, deliveries } = setup();
    for (const [user, input, kind] of [
      ['gone', {}, 'permission_denied'],
      ['admin', { outcome: 'maybe' }, 'invalid_argument'],
      ['admin', { projectId: 'x' }, 'invalid_argument'],
      ['admin', { limit: 500 }, 'invalid_argument'],
    ] as const) {
      const error = await listDeliveries(ports, staffCallOf(user), input).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).kind).toBe(kind);
    }
    expect(deliveries.asked).toEqual([]);
  });
});
