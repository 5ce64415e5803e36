/** What became of a webhook delivery (SPEC §11): it started a run, or it was recorded and ignored. */
export const deliveryOutcomes = ['run', 'ignored'] as const;

export type DeliveryOutcome = (typeof deliveryOutcomes)[number];

/**
 * Why a delivery started no run (SPEC §11); `nothing_to_retry`: a `/codex retry` (SPEC §13) on an
 * issue or pull request whose latest run is missing or not finished.
 */
export const ignoreReasons = ['no_trigger', 'untrusted_sender', 'ping', 'nothing_to_retry'] as const;

export type IgnoreReason = (typeof ignoreReasons)[number];
