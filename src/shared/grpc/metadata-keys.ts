/** gRPC metadata keys shared by the edge (client) and the control-plane (server). */
export const internalTokenMetadataKey = 'x-codexk8s-internal-token';
export const correlationIdMetadataKey = 'x-correlation-id';
