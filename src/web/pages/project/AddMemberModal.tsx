import { Autocomplete, Group, Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { closeAfterSubmit, type DialogProps, FormModal } from '../../components/FormModal';
import { useAfterChange } from '../../components/notify';
import { type ProjectRole, useTRPC } from '../../lib/trpc';
import { useRoleOptions } from './useRoleOptions';
import { validators } from '../../lib/validation';

/**
 * members.upsert by email: an allowlisted user joins the project with a role. The email field
 * searches the access list as one types (users.search), so nobody types an address blind.
 */
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
  const [query] = useDebouncedValue(form.getValues().email.trim(), 200);
  const matches = useQuery(
    trpc.users.search.queryOptions(
      { query, limit: 8 },
      { enabled: opened && query.length > 0, placeholderData: keepPreviousData, staleTime: 10_000 },
    ),
  );
  const found = query.length > 0 ? (matches.data?.items ?? []) : [];
  const nobodyMatches =
    query.length > 0 && matches.isSuccess && !matches.isPlaceholderData && found.length === 0;
  const logins = new Map(found.map((user) => [user.email, user.githubLogin]));
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
      <Autocomplete
        label={t('members.email')}
        description={t('members.searchHint')}
        required
        data-autofocus
        autoComplete="off"
        data={found.map((user) => user.email)}
        filter={({ options }) => options}
        renderOption={({ option }) => (
          <Group gap="xs" wrap="nowrap" data-testid="member-option">
            <Text size="sm">{option.value}</Text>
            {logins.get(option.value) && (
              <Text size="xs" c="dimmed">
                {logins.get(option.value)}
              </Text>
            )}
          </Group>
        )}
        {...form.getInputProps('email')}
        error={form.errors['email'] ?? (nobodyMatches ? t('members.noMatches') : undefined)}
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
