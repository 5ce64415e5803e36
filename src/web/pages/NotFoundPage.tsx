import { Button, Card, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="not-found">
      <EmptyState title={t('notFound.title')} description={t('notFound.text')}>
        <EmptyState.Actions>
          <Button component={Link} to="/" variant="default">
            {t('notFound.home')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
