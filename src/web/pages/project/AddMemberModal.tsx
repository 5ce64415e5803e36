import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { closeAfterSubmit, type DialogProps, FormModal } from '../../components/FormModal';
import { useAfterChange } from '../../components/notify';
import { type ProjectRole, useTRPC } from '../../lib/trpc';
import { useRoleOptions } from './useRoleOptions';
import { validators } from '../../lib/validation';

/** members.upsert by email: an allowlisted user joins the project with a role. */
export function AddMemberModal({ projectId, opened, onClose }: DialogProps & { projectId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const roleOptions = useRoleOptions();
  const form = useForm<{ email: string; role: ProjectRole }>({
    mode: 'controlled',
    initialValues: { email: '', role: 'read' },
    validate: {
      email: validators(t).email,
    },
  });
  const afterChange = useAfterChange();
  const add = useMutation(
    trpc.members.upsert.mutationOptions(
      afterChange(
        trpc.members.list.queryKey({ projectId }),
        t('members.added'),
        closeAfterSubmit(form, onClose),
      ),
    ),
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
