import {
  Badge,
  Button,
  Card,
  Checkbox,
  EmptyState,
  Group,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { confirmDanger } from '../components/confirm';
import { closeAfterSubmit, type DialogProps, FormModal } from '../components/FormModal';
import { PageHeader } from '../components/PageHeader';
import { RowActionsCell, RowDangerButton } from '../components/ListTable';
import { PagedTable } from '../components/PagedTable';
import { RelativeTime } from '../components/RelativeTime';
import { useAfterChange } from '../components/notify';
import { usePrincipal } from '../lib/principal';
import { useTRPC, type Principal, type StaffUser } from '../lib/trpc';
import { TextOr } from '../components/TextOr';
import { validators } from '../lib/validation';

const PAGE_SIZE = 50;

/** SPEC §6 users.delete: never self, nobody deletes the owner, only the owner deletes another admin. */
function canDelete(principal: Principal, user: StaffUser): boolean {
  if (user.id === principal.userId || user.isPlatformOwner) return false;
  return !user.isPlatformAdmin || principal.isPlatformOwner;
}

function AddUserModal({ opened, onClose }: DialogProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', isPlatformAdmin: false },
    validate: {
      email: validators(t).email,
    },
  });
  const afterChange = useAfterChange();
  const create = useMutation(
    trpc.users.create.mutationOptions(
      afterChange(
        trpc.users.list.pathKey(),
        (result) => (result.created ? t('users.added') : t('users.updated')),
        closeAfterSubmit(form, onClose),
      ),
    ),
  );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('users.addTitle')}
      submitLabel={t('users.add')}
      submitting={create.isPending}
      onSubmit={form.onSubmit((values) =>
        create.mutate({ email: values.email.trim(), isPlatformAdmin: values.isPlatformAdmin }),
      )}
    >
      <TextInput
        label={t('users.email')}
        description={t('users.emailHint')}
        type="email"
        required
        data-autofocus
        {...form.getInputProps('email')}
      />
      <Checkbox
        label={t('users.makeAdmin')}
        {...form.getInputProps('isPlatformAdmin', { type: 'checkbox' })}
      />
    </FormModal>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const principal = usePrincipal();
  const [adding, addModal] = useDisclosure(false);
  const users = useInfiniteQuery(
    trpc.users.list.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, enabled: principal.isPlatformAdmin },
    ),
  );
  const afterChange = useAfterChange();
  const setAdmin = useMutation(
    trpc.users.create.mutationOptions(afterChange(trpc.users.list.pathKey(), t('users.updated'))),
  );
  const remove = useMutation(
    trpc.users.delete.mutationOptions(afterChange(trpc.users.list.pathKey(), t('users.deleted'))),
  );
  const confirmDelete = (user: StaffUser) =>
    confirmDanger({
      title: t('users.deleteTitle', { email: user.email }),
      text: t('users.deleteText'),
      confirmLabel: t('common.delete'),
      cancelLabel: t('common.cancel'),
      onConfirm: () => remove.mutate({ userId: user.id }),
    });

  if (!principal.isPlatformAdmin) {
    return (
      <Card withBorder>
        <EmptyState title={t('errors.FORBIDDEN')} description={t('users.adminsOnly')} />
      </Card>
    );
  }

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={<Button onClick={addModal.open}>{t('users.add')}</Button>}
      />
      <PagedTable
        query={users}
        testId="users-table"
        columns={[
          t('users.email'),
          t('users.githubLogin'),
          t('users.lastSignIn'),
          t('users.platformAdmin'),
          t('common.created'),
          '',
        ]}
        empty={{ title: t('users.emptyTitle') }}
      >
        {(user) => (
          <Table.Tr key={user.id} data-email={user.email}>
            <Table.Td>
              <Group gap="xs">
                <Text size="sm">{user.email}</Text>
                {user.isPlatformOwner && (
                  <Badge size="sm" color="grape" variant="light">
                    {t('users.owner')}
                  </Badge>
                )}
                {user.id === principal.userId && (
                  <Badge size="sm" color="gray" variant="outline">
                    {t('users.you')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              <TextOr value={user.githubLogin} placeholder="—" />
            </Table.Td>
            <Table.Td data-testid="last-sign-in">
              {user.lastSignInAt ? (
                <RelativeTime value={user.lastSignInAt} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('users.neverSignedIn')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Switch
                aria-label={t('users.platformAdmin')}
                checked={user.isPlatformAdmin}
                // The owner stays admin, and nobody demotes themselves by accident.
                disabled={user.isPlatformOwner || user.id === principal.userId || setAdmin.isPending}
                onChange={(event) =>
                  setAdmin.mutate({
                    email: user.email,
                    isPlatformAdmin: event.currentTarget.checked,
                  })
                }
              />
            </Table.Td>
            <Table.Td>
              <RelativeTime value={user.createdAt} />
            </Table.Td>
            <RowActionsCell>
              {canDelete(principal, user) && (
                <RowDangerButton onClick={() => confirmDelete(user)}>{t('common.delete')}</RowDangerButton>
              )}
            </RowActionsCell>
          </Table.Tr>
        )}
      </PagedTable>
      <AddUserModal opened={adding} onClose={addModal.close} />
    </>
  );
}
