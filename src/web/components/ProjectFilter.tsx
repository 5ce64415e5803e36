import { Button, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTRPC } from '../lib/trpc';

/** A list page's filters live in the address (`?projectId=…&status=…`): shareable, kept on reload. */
export function useSearchFilters() {
  const [params, setParams] = useSearchParams();
  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  /** Drops every filter of the page (the "Clear filters" of a list filtered down to nothing). */
  const clearFilters = () => setParams(new URLSearchParams(), { replace: true });
  return { params, setFilter, clearFilters };
}

/** The button an empty, filtered list offers: back to everything. */
export function ClearFiltersButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="default" onClick={onClick} data-testid="clear-filters">
      {t('common.clearFilters')}
    </Button>
  );
}

/** The project filter of a list page: the projects the caller sees, searchable, clearable. */
export function ProjectFilter({
  label,
  placeholder,
  value,
  onChange,
  testId,
  onlyAdministered = false,
}: {
  label: string;
  placeholder: string;
  value: string | undefined;
  onChange: (projectId: string | null) => void;
  testId: string;
  /** Only the projects the caller administers (a project admin's audit trail). */
  onlyAdministered?: boolean;
}) {
  const trpc = useTRPC();
  const projects = useQuery(trpc.projects.list.queryOptions({ limit: 200 }, { staleTime: 60_000 }));
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={(projects.data?.items ?? [])
        .filter((project) => !onlyAdministered || project.role === 'admin')
        .map((project) => ({ value: project.id, label: project.name }))}
      value={value ?? null}
      onChange={onChange}
      clearable
      searchable
      w={{ base: '100%', sm: 220 }}
      disabled={projects.isPending}
      data-testid={testId}
    />
  );
}
