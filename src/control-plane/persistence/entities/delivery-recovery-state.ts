import { BigIntType, EntitySchema, type OptionalProps } from '@mikro-orm/core';
import { type WalkStatus, walkStatuses } from '../../domain/delivery-recovery/ports.js';
import { foreignKeyId } from './foreign-key.js';
import { RepositoryEntity } from './repository.js';

/** A repository's walk of GitHub's delivery log (SPEC §14); written by SqlDeliveryRecoveryStore's SQL. */
export interface DeliveryRecoveryStateRow {
  [OptionalProps]?: 'lastChecked' | 'lastRecovered' | 'recoveredTotal' | 'updatedAt';
  repositoryId: string;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  notBefore: Date | null;
  lastWalkAt: Date | null;
  lastOutcome: WalkStatus | null;
  lastError: string | null;
  lastChecked: number;
  lastRecovered: number;
  recoveredTotal: number;
  newestSeenDeliveryId: number | null;
  updatedAt: Date;
}

export const DeliveryRecoveryStateEntity = new EntitySchema<DeliveryRecoveryStateRow>({
  name: 'DeliveryRecoveryStateRow',
  tableName: 'delivery_recovery_state',
  properties: {
    repositoryId: { ...foreignKeyId(RepositoryEntity, 'repository_id', 'cascade'), primary: true },
    leaseOwner: { type: 'text', nullable: true },
    leaseUntil: { type: 'datetime', nullable: true },
    notBefore: { type: 'datetime', nullable: true },
    lastWalkAt: { type: 'datetime', nullable: true },
    lastOutcome: { enum: true, items: [...walkStatuses], nullable: true },
    lastError: { type: 'text', nullable: true },
    lastChecked: { type: 'integer', default: 0 },
    lastRecovered: { type: 'integer', default: 0 },
    recoveredTotal: { type: new BigIntType('number'), default: 0 },
    newestSeenDeliveryId: { type: new BigIntType('number'), nullable: true },
    updatedAt: { type: 'datetime', defaultRaw: 'now()' },
  },
  checks: [
    // A lease has an owner and an end, or neither.
    {
      name: 'delivery_recovery_state_lease_consistent',
      expression: '(lease_owner is null) = (lease_until is null)',
    },
  ],
});
