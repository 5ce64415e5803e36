/** gRPC metadata keys shared by the edge (client) and the control-plane (server). */
export const internalTokenMetadataKey = 'x-codexk8s-internal-token';
export const correlationIdMetadataKey = 'x-correlation-id';
/** Trailing metadata of a refusal: its stable reason code (src/shared/contract/error-reasons.ts). */
export const errorReasonMetadataKey = 'x-codexk8s-error-reason';
/** Trailing metadata of a refusal: the reason's details as JSON. */
export const errorDetailsMetadataKey = 'x-codexk8s-error-details';
