import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { confirmByTyping } from '../../components/TypedConfirm';
import { useAfterChange } from '../../components/notify';
import { useTRPC, type Project } from '../../lib/trpc';

/**
 * projects.delete behind a confirmation that asks for the project's slug, typed (the owner's action
 * on the list and on the project page): it deletes every run of the project too.
 */
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
    confirmByTyping({
      title: t('projects.deleteTitle', { name: project.name }),
      text: t('projects.deleteText', { slug: project.slug }),
      phrase: project.slug,
      label: t('projects.typeSlug', { slug: project.slug }),
      confirmTestId: 'confirm-delete-project',
      confirmLabel: t('common.delete'),
      cancelLabel: t('common.cancel'),
      onConfirm: () => remove.mutate({ projectId: project.id }),
    });
}
