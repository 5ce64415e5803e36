import { useTranslation } from 'react-i18next';
import { PROJECT_ROLES } from '../../components/RoleBadge';

/** The project roles as select options, in the reader's language. */
export function useRoleOptions() {
  const { t } = useTranslation();
  return PROJECT_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}
