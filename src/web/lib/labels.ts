import type { TFunction, i18n as I18n } from 'i18next';

/** A translation of `prefix.<key>` when there is one, else the technical name as it is. */
function translatedOr(t: TFunction, i18n: I18n, prefix: string, name: string): string {
  const key = `${prefix}.${name.replace(/[^a-z0-9]+/gi, '_')}`;
  return i18n.exists(key) ? t(key as 'flowEvents.run_started') : name;
}

/** A flow event type (`run.canceled`, `member.upserted`) in words; unknown types by their name. */
export function flowEventLabel(t: TFunction, i18n: I18n, eventType: string): string {
  return translatedOr(t, i18n, 'flowEvents', eventType);
}

/** A GitHub delivery's event and action in words (`issues` · `labeled` → "Issue · labeled"). */
export function githubEventLabel(t: TFunction, i18n: I18n, event: string, action?: string | null): string {
  const eventText = event ? translatedOr(t, i18n, 'githubEvents', event) : '';
  const actionText = action ? translatedOr(t, i18n, 'githubActions', action) : '';
  return [eventText, actionText].filter(Boolean).join(' · ');
}
