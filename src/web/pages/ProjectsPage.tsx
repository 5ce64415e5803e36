import { Anchor, Button, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { closeAfterSubmit, type DialogProps, FormModal } from '../components/FormModal';
import { PageHeader } from '../components/PageHeader';
import { RowDangerCell } from '../components/ListTable';
import { PagedTable } from '../components/PagedTable';
import { RelativeTime } from '../components/RelativeTime';
import { RoleBadge } from '../components/RoleBadge';
import { useAfterChange } from '../components/notify';
import { usePrincipal } from '../lib/principal';
import { useTRPC } from '../lib/trpc';
import { useDeleteProject } from './project/useDeleteProject';
import { validators } from '../lib/validation';

const PAGE_SIZE = 50;
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function CreateProjectModal({ opened, onClose }: DialogProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const form = useForm({
    mode: 'controlled',
    initialValues: { slug: '', name: '' },
    validate: {
      slug: (value) => (SLUG_PATTERN.test(value) ? null : t('validation.slug')),
      name: validators(t).required,
    },
  });
  const afterChange = useAfterChange();
  const upsert = useMutation(
    trpc.projects.upsert.mutationOptions(
      afterChange(trpc.projects.pathKey(), t('projects.created'), (result) => {
        closeAfterSubmit(form, onClose)();
        void navigate(`/projects/${result.project.id}`);
      }),
    ),
  );

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('projects.createTitle')}
      submitLabel={t('common.create')}
      submitting={upsert.isPending}
      onSubmit={form.onSubmit((values) => upsert.mutate({ slug: values.slug, name: values.name.trim() }))}
    >
      <TextInput
        label={t('projects.slug')}
        description={t('projects.slugHint')}
        required
        data-autofocus
        {...form.getInputProps('slug')}
      />
      <TextInput label={t('projects.name')} required {...form.getInputProps('name')} />
    </FormModal>
  );
}

export function ProjectsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const principal = usePrincipal();
  const [creating, createModal] = useDisclosure(false);
  const confirmDelete = useDeleteProject();
  const projects = useInfiniteQuery(
    trpc.projects.list.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );

  return (
    <>
      <PageHeader
        title={t('projects.title')}
        description={t('projects.description')}
        actions={
          principal.isPlatformAdmin && <Button onClick={createModal.open}>{t('projects.create')}</Button>
        }
      />
      <PagedTable
        query={projects}
        testId="projects-table"
        columns={[
          t('projects.name'),
          t('projects.slug'),
          t('projects.yourRole'),
          t('projects.learningDefault'),
          t('common.created'),
          ...(principal.isPlatformOwner ? [''] : []),
        ]}
        empty={{
          title: t('projects.emptyTitle'),
          description: principal.isPlatformAdmin ? t('projects.emptyAdmin') : t('projects.emptyMember'),
        }}
      >
        {(project) => (
          <Table.Tr key={project.id}>
            <Table.Td>
              <Anchor component={Link} to={`/projects/${project.id}`} fw={500}>
                {project.name}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {project.slug}
              </Text>
            </Table.Td>
            <Table.Td>
              <RoleBadge role={project.role} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{project.learningModeDefault ? t('common.on') : t('common.off')}</Text>
            </Table.Td>
            <Table.Td>
              <RelativeTime value={project.createdAt} />
            </Table.Td>
            {principal.isPlatformOwner && (
              <RowDangerCell onClick={() => confirmDelete(project)}>{t('common.delete')}</RowDangerCell>
            )}
          </Table.Tr>
        )}
      </PagedTable>
      <CreateProjectModal opened={creating} onClose={createModal.close} />
    </>
  );
}
