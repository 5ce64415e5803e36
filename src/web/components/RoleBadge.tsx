import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectRole } from '../lib/trpc';

const COLORS: Record<ProjectRole, string> = { read: 'gray', read_write: 'blue', admin: 'grape' };

/** The project roles, weakest first (the keys above: typed against the API, so none is missed). */
export const PROJECT_ROLES = Object.keys(COLORS) as ProjectRole[];

export function RoleBadge({ role }: { role: string }) {
  const { t } = useTranslation();
  const known = role in COLORS;
  return (
    <Badge variant="light" color={known ? COLORS[role as ProjectRole] : 'gray'}>
      {known ? t(`roles.${role as ProjectRole}`) : role}
    </Badge>
  );
}
