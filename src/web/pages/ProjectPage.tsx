import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  EmptyState,
  Group,
  Modal,
  PasswordInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { TriggersPanel } from '../components/triggers/TriggersPanel';
import { RowDangerButton } from '../components/ListTable';
import { QueryState } from '../components/QueryState';
import { RelativeTime } from '../components/RelativeTime';
import { notifyError, notifySuccess, refreshThenNotify } from '../components/notify';
import { canWriteProject, usePrincipal } from '../lib/principal';
import { useTRPC, type Project, type ProjectMember, type Repository } from '../lib/trpc';
import { RoleBadge, useDeleteProject } from './ProjectsPage';

const GITHUB_NAME = /^[A-Za-z0-9_.-]+$/;
const ROLES = ['read', 'read_write', 'admin'] as const;
type Role = (typeof ROLES)[number];

function useRoleOptions() {
  const { t } = useTranslation();
  return ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

function AttachRepositoryModal({
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
    <Modal opened={opened} onClose={onClose} title={t('repositories.attachTitle')} centered size="md">
      <form
        noValidate
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
        <Stack gap="sm">
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
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={attach.isPending}>
              {t('repositories.attach')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RepositoriesSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const principal = usePrincipal();
  const queryClient = useQueryClient();
  const [attaching, attachModal] = useDisclosure(false);
  const canWrite = canWriteProject(principal, project.role);
  const repositories = useQuery(trpc.repositories.list.queryOptions({ projectId: project.id }));
  const remove = useMutation(
    trpc.repositories.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({
          queryKey: trpc.repositories.list.queryKey({ projectId: project.id }),
        });
        notifySuccess(t('repositories.removed'));
      },
      onError: (error) => notifyError(t, error),
    }),
  );
  const confirmRemove = (repository: Repository) =>
    modals.openConfirmModal({
      title: t('repositories.removeTitle', { name: `${repository.owner}/${repository.name}` }),
      children: <Text size="sm">{t('repositories.removeText')}</Text>,
      labels: { confirm: t('common.remove'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate({ projectId: project.id, repositoryId: repository.id }),
    });

  return (
    <Card withBorder padding="lg" data-testid="repositories-section">
      <Group justify="space-between" mb="md">
        <Title order={4}>{t('repositories.title')}</Title>
        {canWrite && (
          <Button size="sm" onClick={attachModal.open}>
            {t('repositories.attach')}
          </Button>
        )}
      </Group>
      <QueryState query={repositories}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState
              size="sm"
              title={t('repositories.emptyTitle')}
              description={canWrite ? t('repositories.emptyWrite') : t('repositories.emptyRead')}
            />
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="sm" data-testid="repositories-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('repositories.repository')}</Table.Th>
                    <Table.Th>{t('repositories.provider')}</Table.Th>
                    <Table.Th>{t('repositories.servicesYamlPath')}</Table.Th>
                    <Table.Th>{t('common.created')}</Table.Th>
                    {canWrite && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((repository) => (
                    <Table.Tr key={repository.id}>
                      <Table.Td>
                        <Text size="sm" fw={500} ff="monospace">
                          {repository.owner}/{repository.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="outline" color="dark">
                          {repository.provider}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {repository.servicesYamlPath}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <RelativeTime value={repository.createdAt} />
                      </Table.Td>
                      {canWrite && (
                        <Table.Td ta="right">
                          <RowDangerButton onClick={() => confirmRemove(repository)}>
                            {t('common.remove')}
                          </RowDangerButton>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      <AttachRepositoryModal projectId={project.id} opened={attaching} onClose={attachModal.close} />
    </Card>
  );
}

function AddMemberModal({
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
  const form = useForm<{ email: string; role: Role }>({
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
    <Modal opened={opened} onClose={onClose} title={t('members.addTitle')} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          add.mutate({ projectId, email: values.email.trim(), role: values.role }),
        )}
      >
        <Stack gap="sm">
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
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('members.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function overrideValue(member: ProjectMember): 'inherit' | 'on' | 'off' {
  if (member.learningModeOverride === null || member.learningModeOverride === undefined) return 'inherit';
  return member.learningModeOverride ? 'on' : 'off';
}

function MembersSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions();
  const [adding, addModal] = useDisclosure(false);
  const members = useQuery(trpc.members.list.queryOptions({ projectId: project.id }));
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey({ projectId: project.id }) });
  const changeRole = useMutation(
    trpc.members.upsert.mutationOptions(refreshThenNotify(t, refresh, t('members.roleChanged'))),
  );
  const setOverride = useMutation(
    trpc.members.setLearningModeOverride.mutationOptions(
      refreshThenNotify(t, refresh, t('members.overrideChanged')),
    ),
  );
  const remove = useMutation(
    trpc.members.delete.mutationOptions(refreshThenNotify(t, refresh, t('members.removed'))),
  );
  const confirmRemove = (member: ProjectMember) =>
    modals.openConfirmModal({
      title: t('members.removeTitle', { email: member.email }),
      children: <Text size="sm">{t('members.removeText', { project: project.name })}</Text>,
      labels: { confirm: t('common.remove'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate({ projectId: project.id, userId: member.userId }),
    });

  return (
    <Card withBorder padding="lg" data-testid="members-section">
      <Group justify="space-between" mb="md">
        <Title order={4}>{t('members.title')}</Title>
        <Button size="sm" onClick={addModal.open}>
          {t('members.add')}
        </Button>
      </Group>
      <QueryState query={members}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState size="sm" title={t('members.emptyTitle')} description={t('members.emptyText')} />
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="sm" data-testid="members-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('members.email')}</Table.Th>
                    <Table.Th>{t('members.githubLogin')}</Table.Th>
                    <Table.Th w={180}>{t('members.role')}</Table.Th>
                    <Table.Th>{t('members.learningOverride')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((member) => (
                    <Table.Tr key={member.userId} data-email={member.email}>
                      <Table.Td>
                        <Text size="sm">{member.email}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={member.githubLogin ? undefined : 'dimmed'}>
                          {member.githubLogin || '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Select
                          size="xs"
                          aria-label={t('members.role')}
                          data={roleOptions}
                          value={member.role}
                          allowDeselect={false}
                          onChange={(role) =>
                            role &&
                            role !== member.role &&
                            changeRole.mutate({
                              projectId: project.id,
                              userId: member.userId,
                              role: role as Role,
                            })
                          }
                        />
                      </Table.Td>
                      <Table.Td>
                        <SegmentedControl
                          size="xs"
                          aria-label={t('members.learningOverride')}
                          value={overrideValue(member)}
                          onChange={(value) =>
                            setOverride.mutate({
                              projectId: project.id,
                              userId: member.userId,
                              enabled: value === 'inherit' ? null : value === 'on',
                            })
                          }
                          data={[
                            { value: 'inherit', label: t('members.overrideInherit') },
                            { value: 'on', label: t('common.on') },
                            { value: 'off', label: t('common.off') },
                          ]}
                        />
                      </Table.Td>
                      <Table.Td ta="right">
                        <RowDangerButton onClick={() => confirmRemove(member)}>
                          {t('common.remove')}
                        </RowDangerButton>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      <AddMemberModal projectId={project.id} opened={adding} onClose={addModal.close} />
    </Card>
  );
}

export function ProjectPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const principal = usePrincipal();
  const navigate = useNavigate();
  const { projectId = '' } = useParams();
  const project = useQuery(trpc.projects.get.queryOptions({ projectId }));
  const confirmDelete = useDeleteProject(() => void navigate('/projects'));

  return (
    <QueryState query={project}>
      {(current) => (
        <Stack gap="lg">
          <Breadcrumbs>
            <Anchor component={Link} to="/projects" size="sm">
              {t('projects.title')}
            </Anchor>
            <Text size="sm">{current.name}</Text>
          </Breadcrumbs>
          <PageHeader
            title={current.name}
            description={
              <Group gap="xs" component="span">
                <Text span size="sm" ff="monospace">
                  {current.slug}
                </Text>
                <RoleBadge role={current.role} />
                <Text span size="sm" c="dimmed">
                  {t('projects.learningDefault')}:{' '}
                  {current.learningModeDefault ? t('common.on') : t('common.off')}
                </Text>
              </Group>
            }
            actions={
              <>
                <Button
                  variant="default"
                  component={Link}
                  to={`/runs?projectId=${encodeURIComponent(current.id)}`}
                >
                  {t('projects.viewRuns')}
                </Button>
                {principal.isPlatformOwner && (
                  <Button variant="light" color="red" onClick={() => confirmDelete(current)}>
                    {t('projects.delete')}
                  </Button>
                )}
              </>
            }
          />
          <RepositoriesSection project={current} />
          {current.role === 'admin' && <TriggersPanel projectId={current.id} />}
          {principal.isPlatformAdmin && <MembersSection project={current} />}
        </Stack>
      )}
    </QueryState>
  );
}
