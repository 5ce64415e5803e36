import {
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal, type DialogProps } from '../FormModal';
import { QueryState } from '../QueryState';
import { SectionCard } from '../SectionCard';
import { useAfterChange } from '../notify';
import { useTRPC, type ProjectTriggers } from '../../lib/trpc';

type Field = 'labelPrefix' | 'command' | 'events' | 'trustedAssociations';
const FIELDS: Field[] = ['labelPrefix', 'command', 'events', 'trustedAssociations'];

/** GitHub's author_association values, and `*` for everyone. */
const ASSOCIATIONS = [
  'OWNER',
  'MEMBER',
  'COLLABORATOR',
  'CONTRIBUTOR',
  'FIRST_TIME_CONTRIBUTOR',
  'FIRST_TIMER',
  'MANNEQUIN',
  'NONE',
  '*',
];

interface FormValues {
  labelPrefix: string;
  command: string;
  events: string[];
  trustedAssociations: string[];
  /** Fields that follow the platform default. */
  useDefault: Record<Field, boolean>;
}

function Value({ value, testId }: { value: string | string[]; testId: string }) {
  const { t } = useTranslation();
  if (typeof value === 'string')
    return (
      <Text size="sm" ff="monospace" data-testid={testId}>
        {value}
      </Text>
    );
  if (value.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid={testId}>
        {t('triggers.none')}
      </Text>
    );
  return (
    <Group gap={4} data-testid={testId}>
      {value.map((entry) => (
        <Badge key={entry} variant="outline" color="gray" tt="none" ff="monospace">
          {entry}
        </Badge>
      ))}
    </Group>
  );
}

function PolicyField({ field, triggers }: { field: Field; triggers: ProjectTriggers }) {
  const { t } = useTranslation();
  const own = triggers.project[field] !== null;
  return (
    <Stack gap={4} data-field={field}>
      <Group gap="xs">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t(`triggers.fields.${field}`)}
        </Text>
        <Badge
          size="xs"
          variant="light"
          color={own ? 'blue' : 'gray'}
          data-source={own ? 'project' : 'default'}
        >
          {own ? t('triggers.projectValue') : t('triggers.platformDefault')}
        </Badge>
      </Group>
      <Value value={triggers.effective[field]} testId={`trigger-${field}`} />
    </Stack>
  );
}

function EditTriggersModal({ triggers, opened, onClose }: { triggers: ProjectTriggers } & DialogProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useForm<FormValues>({
    initialValues: {
      labelPrefix: triggers.effective.labelPrefix,
      command: triggers.effective.command,
      events: triggers.effective.events,
      trustedAssociations: triggers.effective.trustedAssociations,
      useDefault: {
        labelPrefix: triggers.project.labelPrefix === null,
        command: triggers.project.command === null,
        events: triggers.project.events === null,
        trustedAssociations: triggers.project.trustedAssociations === null,
      },
    },
  });
  const afterChange = useAfterChange();
  const save = useMutation(
    trpc.projects.triggers.set.mutationOptions(
      afterChange(
        trpc.projects.triggers.get.queryKey({ projectId: triggers.projectId }),
        t('triggers.saved'),
        onClose,
      ),
    ),
  );

  const submit = form.onSubmit((values) => {
    const own = <K extends Field>(field: K): FormValues[K] | null =>
      values.useDefault[field] ? null : values[field];
    save.mutate({
      projectId: triggers.projectId,
      labelPrefix: own('labelPrefix'),
      command: own('command'),
      events: own('events'),
      trustedAssociations: own('trustedAssociations'),
    });
  });

  const defaultSwitch = (field: Field) => {
    const value = triggers.defaults[field];
    return (
      <Checkbox
        size="xs"
        label={t('triggers.useDefault', {
          value: Array.isArray(value) ? value.join(', ') || t('triggers.none') : value,
        })}
        data-testid={`trigger-default-${field}`}
        {...form.getInputProps(`useDefault.${field}`, { type: 'checkbox' })}
      />
    );
  };
  const isDefault = (field: Field) => form.values.useDefault[field];

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('triggers.editTitle')}
      size="lg"
      onSubmit={submit}
      submitLabel={t('triggers.save')}
      submitting={save.isPending}
    >
      <Stack gap={6}>
        <TextInput
          label={t('triggers.fields.labelPrefix')}
          description={t('triggers.hints.labelPrefix')}
          disabled={isDefault('labelPrefix')}
          {...form.getInputProps('labelPrefix')}
        />
        {defaultSwitch('labelPrefix')}
      </Stack>
      <Stack gap={6}>
        <TextInput
          label={t('triggers.fields.command')}
          description={t('triggers.hints.command')}
          disabled={isDefault('command')}
          {...form.getInputProps('command')}
        />
        {defaultSwitch('command')}
      </Stack>
      <Stack gap={6}>
        <TagsInput
          label={t('triggers.fields.events')}
          description={t('triggers.hints.events')}
          placeholder="push, issues.opened, *"
          disabled={isDefault('events')}
          clearable
          {...form.getInputProps('events')}
        />
        {defaultSwitch('events')}
      </Stack>
      <Stack gap={6}>
        <MultiSelect
          label={t('triggers.fields.trustedAssociations')}
          description={t('triggers.hints.trustedAssociations')}
          data={ASSOCIATIONS}
          disabled={isDefault('trustedAssociations')}
          clearable
          {...form.getInputProps('trustedAssociations')}
        />
        {defaultSwitch('trustedAssociations')}
      </Stack>
    </FormModal>
  );
}

/**
 * The project's trigger policy (SPEC §11): which deliveries start a run, field by field its own or
 * the platform's, and an editor. Shown to those the control-plane lets read it (platform and
 * project admins).
 */
export function TriggersPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const triggers = useQuery(trpc.projects.triggers.get.queryOptions({ projectId }));
  const [editing, editModal] = useDisclosure(false);

  return (
    <SectionCard
      title={t('triggers.title')}
      testId="triggers-section"
      action={
        <Button size="xs" variant="light" onClick={editModal.open} disabled={!triggers.data}>
          {t('triggers.edit')}
        </Button>
      }
    >
      <Text size="sm" c="dimmed" mb="md">
        {t('triggers.description')}
      </Text>
      <QueryState query={triggers}>
        {(current) => (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md">
              {FIELDS.map((field) => (
                <PolicyField key={field} field={field} triggers={current} />
              ))}
            </SimpleGrid>
            {editing && <EditTriggersModal triggers={current} opened={editing} onClose={editModal.close} />}
          </>
        )}
      </QueryState>
    </SectionCard>
  );
}
