import { Button, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { confirmDanger } from '../../components/confirm';
import { RowDangerCell } from '../../components/ListTable';
import { SectionCard } from '../../components/SectionCard';
import { SectionTable } from '../../components/SectionTable';
import { useAfterChange } from '../../components/notify';
import { useTRPC, type Project, type ProjectMember, type ProjectRole } from '../../lib/trpc';
import { AddMemberModal } from './AddMemberModal';
import { useRoleOptions } from './useRoleOptions';
import { TextOr } from '../../components/TextOr';

function overrideValue(member: ProjectMember): 'inherit' | 'on' | 'off' {
  if (member.learningModeOverride === null || member.learningModeOverride === undefined) return 'inherit';
  return member.learningModeOverride ? 'on' : 'off';
}

/** The project's members, their roles and learning-mode overrides (platform admins only). */
export function MembersSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const roleOptions = useRoleOptions();
  const [adding, addModal] = useDisclosure(false);
  const members = useQuery(trpc.members.list.queryOptions({ projectId: project.id }));
  const afterChange = useAfterChange();
  const membersKey = trpc.members.list.queryKey({ projectId: project.id });
  const changeRole = useMutation(
    trpc.members.upsert.mutationOptions(afterChange(membersKey, t('members.roleChanged'))),
  );
  const setOverride = useMutation(
    trpc.members.setLearningModeOverride.mutationOptions(
      afterChange(membersKey, t('members.overrideChanged')),
    ),
  );
  const remove = useMutation(
    trpc.members.delete.mutationOptions(afterChange(membersKey, t('members.removed'))),
  );
  const confirmRemove = (member: ProjectMember) =>
    confirmDanger({
      title: t('members.removeTitle', { email: member.email }),
      text: t('members.removeText', { project: project.name }),
      confirmLabel: t('common.remove'),
      cancelLabel: t('common.cancel'),
      onConfirm: () => remove.mutate({ projectId: project.id, userId: member.userId }),
    });

  return (
    <SectionCard
      title={t('members.title')}
      testId="members-section"
      action={
        <Button size="sm" onClick={addModal.open}>
          {t('members.add')}
        </Button>
      }
    >
      <SectionTable
        query={members}
        testId="members-table"
        columns={[
          t('members.email'),
          t('members.githubLogin'),
          { title: t('members.role'), width: 180 },
          t('members.learningOverride'),
          '',
        ]}
        empty={{ title: t('members.emptyTitle'), description: t('members.emptyText') }}
      >
        {(member) => (
          <Table.Tr key={member.userId} data-email={member.email}>
            <Table.Td>
              <Text size="sm">{member.email}</Text>
            </Table.Td>
            <Table.Td>
              <TextOr value={member.githubLogin} placeholder="—" />
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
                    role: role as ProjectRole,
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
            <RowDangerCell onClick={() => confirmRemove(member)}>{t('common.remove')}</RowDangerCell>
          </Table.Tr>
        )}
      </SectionTable>
      <AddMemberModal projectId={project.id} opened={adding} onClose={addModal.close} />
    </SectionCard>
  );
}
