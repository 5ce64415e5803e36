/** A run's status (SPEC §7), as stored, sent over gRPC and shown by the console. */
export const runStatuses = ['pending', 'running', 'succeeded', 'failed', 'canceled'] as const;

export type RunStatus = (typeof runStatuses)[number];
