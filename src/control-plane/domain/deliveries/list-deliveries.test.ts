import { describe, expect, it } from 'vitest';
import { type ListScope } from '../staff-call/caller-scope.js';
import { type PageRequest } from '../staff-call/pagination.js';
import { callBy, refusalOf, staffCast, testId } from '../testing/memory-platform.js';
import { listDeliveries } from './list-deliveries.js';
import { type DeliveryFilter, type DeliveryStore } from './ports.js';

/** The store's side is tested against PostgreSQL; here: which scope and filter the rules ask it for. */
class RecordingStore implements DeliveryStore {
  asked: [ListScope, DeliveryFilter, PageRequest][] = [];
  async list(scope: ListScope, filter: DeliveryFilter, page: PageRequest) {
    this.asked.push([scope, filter, page]);
    return { items: [], nextCursor: '' };
  }
}

function setup() {
  const cast = staffCast();
  const deliveries = new RecordingStore();
  return { ...cast, deliveries, ports: { directory: cast.memory.directory, deliveries } };
}

describe('deliveries.list', () => {
  it('admins list everything (deliveries without a project included), members their projects', async () => {
    const { ports, deliveries, admin, reader } = setup();
    await listDeliveries(ports, callBy(admin), {});
    await listDeliveries(ports, callBy(reader), { outcome: 'ignored', limit: 10, cursor: 'c' });
    expect(deliveries.asked).toEqual([
      [{ kind: 'all' }, { projectId: null, outcome: null }, { limit: 50, cursor: '' }],
      [
        { kind: 'memberOf', userId: reader.id },
        { projectId: null, outcome: 'ignored' },
        { limit: 10, cursor: 'c' },
      ],
    ]);
  });

  it("a project's deliveries for its members and admins; refused to others", async () => {
    const { ports, deliveries, admin, reader, outsider, project } = setup();
    await listDeliveries(ports, callBy(reader), { projectId: project.id, outcome: 'run' });
    await listDeliveries(ports, callBy(admin), { projectId: project.id });
    expect(deliveries.asked.map(([scope, filter]) => [scope.kind, filter])).toEqual([
      ['all', { projectId: project.id, outcome: 'run' }],
      ['all', { projectId: project.id, outcome: null }],
    ]);
    expect(await refusalOf(listDeliveries(ports, callBy(outsider), { projectId: project.id }))).toBe(
      'permission_denied',
    );
  });

  it('refuses deleted users and bad input before reading', async () => {
    const { ports, deliveries, admin } = setup();
    expect(await refusalOf(listDeliveries(ports, callBy({ id: testId(9999) }), {}))).toBe(
      'permission_denied',
    );
    for (const input of [{ outcome: 'maybe' }, { projectId: 'x' }, { limit: 500 }])
      expect(await refusalOf(listDeliveries(ports, callBy(admin), input))).toBe('invalid_argument');
    expect(deliveries.asked).toEqual([]);
  });
});
