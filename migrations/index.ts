import { type MigrationObject } from '@mikro-orm/core';
import { Migration20261127000000InitialSchema } from './Migration20261127000000InitialSchema.js';
import { Migration20261127120000PayloadCompressionLz4 } from './Migration20261127120000PayloadCompressionLz4.js';
import { Migration20261127130000RunSummaryColumns } from './Migration20261127130000RunSummaryColumns.js';
import { Migration20261127140000RunListCoveringIndex } from './Migration20261127140000RunListCoveringIndex.js';
import { Migration20261201000000RunLogs } from './Migration20261201000000RunLogs.js';
import { Migration20261210000000WebhookDeliveries } from './Migration20261210000000WebhookDeliveries.js';
import { Migration20261220000000DeliveryRecovery } from './Migration20261220000000DeliveryRecovery.js';
import { Migration20261220000000GitHubReports } from './Migration20261220000000GitHubReports.js';
import { Migration20261221000000StaffConsoleContext } from './Migration20261221000000StaffConsoleContext.js';

/**
 * Every migration, in order. Listed explicitly (not globbed) so the same list works from
 * TypeScript sources (tests, tsx) and from the compiled dist/ (containers).
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127000000InitialSchema', class: Migration20261127000000InitialSchema },
  {
    name: 'Migration20261127120000PayloadCompressionLz4',
    class: Migration20261127120000PayloadCompressionLz4,
  },
  { name: 'Migration20261127130000RunSummaryColumns', class: Migration20261127130000RunSummaryColumns },
  {
    name: 'Migration20261127140000RunListCoveringIndex',
    class: Migration20261127140000RunListCoveringIndex,
  },
  { name: 'Migration20261201000000RunLogs', class: Migration20261201000000RunLogs },
  { name: 'Migration20261210000000WebhookDeliveries', class: Migration20261210000000WebhookDeliveries },
  { name: 'Migration20261220000000DeliveryRecovery', class: Migration20261220000000DeliveryRecovery },
  { name: 'Migration20261220000000GitHubReports', class: Migration20261220000000GitHubReports },
  {
    name: 'Migration20261221000000StaffConsoleContext',
    class: Migration20261221000000StaffConsoleContext,
  },
];
