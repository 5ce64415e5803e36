import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { confirmDanger } from '../../components/confirm';
import { useAfterChange } from '../../components/notify';
import { useTRPC, type Project } from '../../lib/trpc';

/** projects.delete behind a confirmation (the owner's action on the list and on the project page). */
export function useDeleteProject(onDeleted?: () => void) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const afterChange = useAfterChange();
  const remove = useMutation(
    trpc.projects.delete.mutationOptions(
      afterChange(trpc.projects.pathKey(), t('projects.deleted'), onDeleted),
    ),
  );
  return (project: Pick<Project, 'id' | 'name' | 'slug'>) =>
    confirmDanger({
      title: t('projects.deleteTitle', { name: project.name }),
      text: t('projects.deleteText', { slug: project.slug }),
      confirmLabel: t('common.delete'),
      cancelLabel: t('common.cancel'),
      onConfirm: () => remove.mutate({ projectId: project.id }),
    });
}
