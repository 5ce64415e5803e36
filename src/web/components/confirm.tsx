import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';

interface ConfirmOptions {
  title: string;
  /** What happens, in a sentence. */
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** data-testid of the confirm button, for tests. */
  confirmTestId?: string;
}

/** Asks before something that cannot be undone (delete, remove, cancel); the confirm button is red. */
export function confirmDanger({
  title,
  text,
  confirmLabel,
  cancelLabel,
  onConfirm,
  confirmTestId,
}: ConfirmOptions) {
  modals.openConfirmModal({
    title,
    children: <Text size="sm">{text}</Text>,
    labels: { confirm: confirmLabel, cancel: cancelLabel },
    confirmProps: { color: 'red', ...(confirmTestId ? { 'data-testid': confirmTestId } : {}) },
    onConfirm,
  });
}
