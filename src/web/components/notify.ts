import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { describeError } from '../lib/errors';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, autoClose: 3000 });
}

export function notifyError(t: TFunction, error: unknown): void {
  const { title, detail } = describeError(t, error);
  notifications.show({
    color: 'red',
    title: detail ? title : undefined,
    message: detail ?? title,
    autoClose: 8000,
    // Lets tests (and support staff) find the error without depending on its wording.
    'data-testid': 'notification-error',
  });
}

/** The callbacks of most console actions: refresh what changed and say so, or say what went wrong. */
export function refreshThenNotify(t: TFunction, refresh: () => Promise<unknown>, successMessage: string) {
  return {
    onSuccess: async () => {
      await refresh();
      notifySuccess(successMessage);
    },
    onError: (error: unknown) => notifyError(t, error),
  };
}
