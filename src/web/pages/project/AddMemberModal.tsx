import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { notifyError, notifySuccess } from '../../components/notify';
import { type ProjectRole, useTRPC } from '../../lib/trpc';
import { useRoleOptions } from './useRoleOptions';

/** members.upsert by email: an allowlisted user joins the project with a role. */
export function AddMemberModal({
  projectId,
  opened,
  onClose,
}: {
  projectId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions();
  const form = useForm<{ email: string; role: ProjectRole }>({
    mode: 'controlled',
    initialValues: { email: '', role: 'read' },
    validate: {
      email: (value) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : t('validation.email')),
    },
  });
  const add = useMutation(
    trpc.members.upsert.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey({ projectId }) });
        notifySuccess(t('members.added'));
        form.reset();
        onClose();
      },
      onError: (error) => notifyError(t, error),
    }),
  );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('members.addTitle')}
      submitLabel={t('members.add')}
      submitting={add.isPending}
      onSubmit={form.onSubmit((values) =>
        add.mutate({ projectId, email: values.email.trim(), role: values.role }),
      )}
    >
      <TextInput
        label={t('members.email')}
        description={t('members.emailHint')}
        type="email"
        required
        data-autofocus
        {...form.getInputProps('email')}
      />
      <Select
        label={t('members.role')}
        data={roleOptions}
        allowDeselect={false}
        {...form.getInputProps('role')}
      />
    </FormModal>
  );
}
