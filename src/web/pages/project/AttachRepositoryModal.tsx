import { Group, PasswordInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { closeAfterSubmit, type DialogProps, FormModal } from '../../components/FormModal';
import { useAfterChange } from '../../components/notify';
import { useTRPC } from '../../lib/trpc';
import { validators } from '../../lib/validation';

const GITHUB_NAME = /^[A-Za-z0-9_.-]+$/;

/** repositories.upsert: a GitHub repository and its access token. */
export function AttachRepositoryModal({ projectId, opened, onClose }: DialogProps & { projectId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useForm({
    mode: 'controlled',
    initialValues: { owner: '', name: '', token: '', servicesYamlPath: '' },
    validate: {
      owner: validators(t).matching(GITHUB_NAME, t('validation.githubName')),
      name: validators(t).matching(GITHUB_NAME, t('validation.githubName')),
      token: validators(t).required,
    },
  });
  const afterChange = useAfterChange();
  const attach = useMutation(
    trpc.repositories.upsert.mutationOptions(
      afterChange(
        trpc.repositories.list.queryKey({ projectId }),
        t('repositories.attached'),
        closeAfterSubmit(form, onClose),
      ),
    ),
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
