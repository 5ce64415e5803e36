/** What became of a delivery (SPEC §11): it started a run, or it was recorded and ignored. */
export type DeliveryOutcome = 'run' | 'ignored';
export const deliveryOutcomes: readonly DeliveryOutcome[] = ['run', 'ignored'];

/** Why a delivery started no run. */
export type IgnoreReason = 'no_trigger' | 'untrusted_sender' | 'ping';
export const ignoreReasons: readonly IgnoreReason[] = ['no_trigger', 'untrusted_sender', 'ping'];
