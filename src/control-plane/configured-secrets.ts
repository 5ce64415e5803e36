import { type ControlPlaneConfig } from './config.js';

/**
 * The secret values of the control-plane's own configuration, as a run could print them (every
 * run log redacts them, SPEC §12): each webhook secret, the internal token, the token encryption
 * key (in both accepted encodings), the database URL and its password.
 */
export function configuredSecretValues(config: ControlPlaneConfig): string[] {
  const values = [
    config.CODEXK8S_INTERNAL_TOKEN,
    ...config.CODEXK8S_GITHUB_WEBHOOK_SECRET,
    config.CODEXK8S_TOKEN_ENCRYPTION_KEY.toString('base64'),
    config.CODEXK8S_TOKEN_ENCRYPTION_KEY.toString('hex'),
    config.DATABASE_URL,
  ];
  try {
    const password = decodeURIComponent(new URL(config.DATABASE_URL).password);
    if (password) values.push(password);
  } catch {
    // An unparseable URL is redacted whole above.
  }
  return values;
}
