/**
 * SPEC §4: a run's learning mode is the sender's member override in the run's project if set,
 * else the project's `learning_mode_default`, else CODEXK8S_LEARNING_MODE_DEFAULT.
 */
export function learningModeFor(
  memberOverride: boolean | null,
  projectDefault: boolean | null,
  platformDefault: boolean,
): boolean {
  return memberOverride ?? projectDefault ?? platformDefault;
}

/** `projects.settings.learning_mode_default` when it is a boolean; anything else decides nothing. */
export function projectLearningModeDefault(settings: unknown): boolean | null {
  if (settings === null || typeof settings !== 'object') return null;
  const value = (settings as { learning_mode_default?: unknown }).learning_mode_default;
  return typeof value === 'boolean' ? value : null;
}
