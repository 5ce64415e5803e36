import { SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { closeAfterSubmit, type DialogProps, FormModal } from '../../components/FormModal';
import { notifyError, useAfterChange } from '../../components/notify';
import { apiErrorReason } from '../../lib/errors';
import { useTRPC, type Project } from '../../lib/trpc';
import { validators } from '../../lib/validation';

const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
type LearningChoice = 'platform' | 'on' | 'off';

/**
 * projects.create: a new project, never an existing one renamed. A taken slug is said at the slug
 * field, in the reader's language, and the dialog stays open.
 */
export function CreateProjectModal({ opened, onClose }: DialogProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const form = useForm<{ slug: string; name: string; learning: LearningChoice }>({
    mode: 'controlled',
    initialValues: { slug: '', name: '', learning: 'platform' },
    validate: {
      slug: (value) => (SLUG_PATTERN.test(value) ? null : t('validation.slug')),
      name: validators(t).required,
    },
  });
  const afterChange = useAfterChange();
  const saved = afterChange(
    trpc.projects.pathKey(),
    t('projects.created'),
    (result: { project: Project }) => {
      closeAfterSubmit(form, onClose)();
      void navigate(`/projects/${result.project.id}`);
    },
  );
  const create = useMutation(
    trpc.projects.create.mutationOptions({
      onSuccess: saved.onSuccess,
      onError: (error) => {
        const refusal = apiErrorReason(error);
        if (refusal?.reason === 'slug_taken')
          form.setFieldError('slug', t('errorReasons.slug_taken', { slug: form.getValues().slug }));
        else notifyError(t, error);
      },
    }),
  );

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('projects.createTitle')}
      submitLabel={t('common.create')}
      submitting={create.isPending}
      onSubmit={form.onSubmit((values) =>
        create.mutate({
          slug: values.slug,
          name: values.name.trim(),
          learningModeDefault: values.learning === 'platform' ? undefined : values.learning === 'on',
        }),
      )}
    >
      <TextInput
        label={t('projects.slug')}
        description={t('projects.slugHint')}
        required
        data-autofocus
        {...form.getInputProps('slug')}
      />
      <TextInput label={t('projects.name')} required {...form.getInputProps('name')} />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('projects.learningDefault')}
        </Text>
        <SegmentedControl
          aria-label={t('projects.learningDefault')}
          data={[
            { value: 'platform', label: t('projects.learningDefaultUnset') },
            { value: 'on', label: t('common.on') },
            { value: 'off', label: t('common.off') },
          ]}
          {...form.getInputProps('learning')}
        />
        <Text size="xs" c="dimmed">
          {t('projects.learningDefaultHint')}
        </Text>
      </Stack>
    </FormModal>
  );
}

/** projects.update: rename the project and set its learning-mode default (platform admins). */
export function EditProjectModal({ project, opened, onClose }: DialogProps & { project: Project }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: project.name, learningModeDefault: project.learningModeDefault },
    validate: { name: validators(t).required },
  });
  const afterChange = useAfterChange();
  const update = useMutation(
    trpc.projects.update.mutationOptions(afterChange(trpc.projects.pathKey(), t('projects.saved'), onClose)),
  );
  const close = () => {
    form.setValues({ name: project.name, learningModeDefault: project.learningModeDefault });
    onClose();
  };
  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={t('projects.editTitle')}
      submitLabel={t('common.save')}
      submitting={update.isPending}
      onSubmit={form.onSubmit((values) =>
        update.mutate({
          projectId: project.id,
          name: values.name.trim(),
          learningModeDefault: values.learningModeDefault,
        }),
      )}
    >
      <TextInput label={t('projects.slug')} value={project.slug} readOnly disabled />
      <TextInput label={t('projects.name')} required data-autofocus {...form.getInputProps('name')} />
      <Switch
        label={t('projects.learningDefault')}
        description={t('projects.learningDefaultHint')}
        {...form.getInputProps('learningModeDefault', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
