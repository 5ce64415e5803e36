import { Button, Group, Modal, Stack, type ModalProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What opens and closes a dialog (Mantine's useDisclosure state). */
export interface DialogProps {
  opened: boolean;
  onClose: () => void;
}

interface FormModalProps extends DialogProps {
  title: string;
  size?: ModalProps['size'];
  /** The form's submit handler (Mantine's `form.onSubmit(…)`). */
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  /** The mutation is running: the submit button shows it. */
  submitting: boolean;
  /** The fields. */
  children: ReactNode;
}

/** A dialog holding one form: its fields, then Cancel and the submit button. */
export function FormModal({
  opened,
  onClose,
  title,
  size,
  onSubmit,
  submitLabel,
  submitting,
  children,
}: FormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size={size}>
      <form noValidate onSubmit={onSubmit}>
        <Stack gap="sm">
          {children}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** What a form dialog does after a successful submit: forget what was typed, and close. */
export function closeAfterSubmit(form: { reset: () => void }, onClose: () => void): () => void {
  return () => {
    form.reset();
    onClose();
  };
}
