import { Badge, Button, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { confirmDanger } from '../../components/confirm';
import { RowDangerCell } from '../../components/ListTable';
import { RelativeTime } from '../../components/RelativeTime';
import { SectionCard } from '../../components/SectionCard';
import { SectionTable } from '../../components/SectionTable';
import { useAfterChange } from '../../components/notify';
import { canWriteProject, usePrincipal } from '../../lib/principal';
import { useTRPC, type Project, type Repository } from '../../lib/trpc';
import { AttachRepositoryModal } from './AttachRepositoryModal';
import { DeliveryRecoveryCell } from './DeliveryRecoveryCell';

/** The project's repositories; admins and read_write members attach and remove them. */
export function RepositoriesSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const principal = usePrincipal();
  const [attaching, attachModal] = useDisclosure(false);
  const canWrite = canWriteProject(principal, project.role);
  // SPEC §14: platform admins and project admins walk the delivery log on demand.
  const canRecover = principal.isPlatformAdmin || project.role === 'admin';
  const repositories = useQuery(trpc.repositories.list.queryOptions({ projectId: project.id }));
  const afterChange = useAfterChange();
  const remove = useMutation(
    trpc.repositories.delete.mutationOptions(
      afterChange(trpc.repositories.list.queryKey({ projectId: project.id }), t('repositories.removed')),
    ),
  );
  const confirmRemove = (repository: Repository) =>
    confirmDanger({
      title: t('repositories.removeTitle', { name: `${repository.owner}/${repository.name}` }),
      text: t('repositories.removeText'),
      confirmLabel: t('common.remove'),
      cancelLabel: t('common.cancel'),
      onConfirm: () => remove.mutate({ projectId: project.id, repositoryId: repository.id }),
    });

  return (
    <SectionCard
      title={t('repositories.title')}
      testId="repositories-section"
      action={
        canWrite && (
          <Button size="sm" onClick={attachModal.open}>
            {t('repositories.attach')}
          </Button>
        )
      }
    >
      <SectionTable
        query={repositories}
        testId="repositories-table"
        columns={[
          t('repositories.repository'),
          t('repositories.provider'),
          t('repositories.servicesYamlPath'),
          t('repositories.recovery'),
          t('common.created'),
          ...(canWrite ? [''] : []),
        ]}
        empty={{
          title: t('repositories.emptyTitle'),
          description: canWrite ? t('repositories.emptyWrite') : t('repositories.emptyRead'),
        }}
      >
        {(repository) => (
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
              <DeliveryRecoveryCell projectId={project.id} repository={repository} canRecover={canRecover} />
            </Table.Td>
            <Table.Td>
              <RelativeTime value={repository.createdAt} />
            </Table.Td>
            {canWrite && (
              <RowDangerCell onClick={() => confirmRemove(repository)}>{t('common.remove')}</RowDangerCell>
            )}
          </Table.Tr>
        )}
      </SectionTable>
      <AttachRepositoryModal projectId={project.id} opened={attaching} onClose={attachModal.close} />
    </SectionCard>
  );
}
