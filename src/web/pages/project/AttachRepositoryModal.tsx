import { Group, PasswordInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { notifyError, notifySuccess } from '../../components/notify';
import { useTRPC } from '../../lib/trpc';

const GITHUB_NAME = /^[A-Za-z0-9_.-]+$/;

/** repositories.upsert: a GitHub repository and its access token. */
export function AttachRepositoryModal({
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
  const form = useForm({
    mode: 'controlled',
    initialValues: { owner: '', name: '', token: '', servicesYamlPath: '' },
    validate: {
      owner: (value) => (GITHUB_NAME.test(value.trim()) ? null : t('validation.githubName')),
      name: (value) => (GITHUB_NAME.test(value.trim()) ? null : t('validation.githubName')),
      token: (value) => (value.trim() ? null : t('validation.required')),
    },
  });
  const attach = useMutation(
    trpc.repositories.upsert.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.repositories.list.queryKey({ projectId }) });
        notifySuccess(t('repositories.attached'));
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
      title={t('repositories.attachTitle')}
      size="md"
      submitLabel={t('repositories.attach')}
      submitting={attach.isPending}
      onSubmit={form.onSubmit((values) =>
        attach.mutate({
          projectId,
          provider: 'github',
          owner: values.owner.trim(),
          name: values.name.trim(),
          token: values.token.trim(),
          servicesYamlPath: values.servicesYamlPath.trim() || undefined,
        }),
      )}
    >
      <Group grow align="flex-start">
        <TextInput
          label={t('repositories.owner')}
          placeholder="octo-org"
          required
          data-autofocus
          {...form.getInputProps('owner')}
        />
        <TextInput
          label={t('repositories.name')}
          placeholder="service"
          required
          {...form.getInputProps('name')}
        />
      </Group>
      <PasswordInput
        label={t('repositories.token')}
        description={t('repositories.tokenHint')}
        required
        autoComplete="off"
        {...form.getInputProps('token')}
      />
      <TextInput
        label={t('repositories.servicesYamlPath')}
        placeholder="services.yaml"
        {...form.getInputProps('servicesYamlPath')}
      />
    </FormModal>
  );
}
