import { Anchor, Breadcrumbs, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { TriggersPanel } from '../components/triggers/TriggersPanel';
import { QueryState } from '../components/QueryState';
import { RoleBadge } from '../components/RoleBadge';
import { usePrincipal } from '../lib/principal';
import { useTRPC } from '../lib/trpc';
import { MembersSection } from './project/MembersSection';
import { RepositoriesSection } from './project/RepositoriesSection';
import { EditProjectModal } from './project/ProjectModals';
import { useDeleteProject } from './project/useDeleteProject';

/** One project: its repositories and, for platform admins, its members. */
export function ProjectPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const principal = usePrincipal();
  const navigate = useNavigate();
  const { projectId = '' } = useParams();
  const project = useQuery(trpc.projects.get.queryOptions({ projectId }));
  const confirmDelete = useDeleteProject(() => void navigate('/projects'));
  const [editing, editModal] = useDisclosure(false);

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
                {principal.isPlatformAdmin && (
                  <Button variant="default" onClick={editModal.open} data-testid="edit-project">
                    {t('projects.edit')}
                  </Button>
                )}
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
          {principal.isPlatformAdmin && (
            <EditProjectModal project={current} opened={editing} onClose={editModal.close} />
          )}
        </Stack>
      )}
    </QueryState>
  );
}
