import { notifications } from '@mantine/notifications';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
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

/**
 * The callbacks of most console actions, as a hook: after success, refresh the queries under
 * `queryKey` and say so (the message may depend on the result), then `andThen` (close the dialog,
 * go to the new page); after a failure, say what went wrong.
 */
export function useAfterChange() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return <Result>(
    queryKey: QueryKey,
    successMessage: string | ((result: Result) => string),
    andThen?: (result: Result) => void,
  ) => ({
    onSuccess: async (result: Result) => {
      await queryClient.invalidateQueries({ queryKey });
      notifySuccess(typeof successMessage === 'string' ? successMessage : successMessage(result));
      andThen?.(result);
    },
    onError: (error: unknown) => notifyError(t, error),
  });
}
