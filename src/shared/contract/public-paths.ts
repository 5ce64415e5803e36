/**
 * Where GitHub delivers webhooks (SPEC §4): the edge serves it, the control-plane registers it on
 * the repositories it attaches (CODEXK8S_PUBLIC_BASE_URL + this path).
 */
export const githubWebhookPath = '/api/v1/webhooks/github';
