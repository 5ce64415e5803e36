import { Anchor, Button, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { RowDangerCell } from '../components/ListTable';
import { PagedTable } from '../components/PagedTable';
import { RelativeTime } from '../components/RelativeTime';
import { RoleBadge } from '../components/RoleBadge';
import { usePrincipal } from '../lib/principal';
import { useTRPC } from '../lib/trpc';
import { CreateProjectModal } from './project/ProjectModals';
import { useDeleteProject } from './project/useDeleteProject';

const PAGE_SIZE = 50;
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
              <Anchor
                component={Link}
                to={`/projects/${project.id}`}
                fw={500}
                maw={320}
                truncate="end"
                title={project.name}
                display="block"
              >
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
