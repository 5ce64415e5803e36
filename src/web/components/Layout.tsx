import {
  Alert,
  AppShell,
  Avatar,
  Badge,
  Button,
  Container,
  Group,
  Menu,
  SegmentedControl,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { isUnauthorized } from '../lib/errors';
import { changeLanguage, type Language } from '../lib/i18n';
import { PrincipalProvider } from '../lib/principal';
import { signInPath, takeRememberedNext } from '../lib/session';
import { useTRPC, type Principal } from '../lib/trpc';
import { ErrorAlert, LoadingState } from './QueryState';
import { notifyError } from './notify';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language === 'ru' ? 'ru' : 'en'}
      onChange={(value) => changeLanguage(value as Language)}
      data={[
        { value: 'en', label: t('language.en') },
        { value: 'ru', label: t('language.ru') },
      ]}
    />
  );
}

function NavItem({ to, label }: { to: string; label: string }) {
  return (
    <NavLink to={to} style={{ textDecoration: 'none' }}>
      {({ isActive }) => (
        <Button
          component="span"
          variant={isActive ? 'light' : 'subtle'}
          color={isActive ? 'blue' : 'gray'}
          size="sm"
        >
          {label}
        </Button>
      )}
    </NavLink>
  );
}

function UserMenu({ principal }: { principal: Principal }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const signOut = async () => {
    try {
      const response = await fetch('/api/v1/auth/logout', { method: 'POST', credentials: 'same-origin' });
      if (!response.ok && response.status !== 204) throw new Error(String(response.status));
    } catch (error) {
      notifyError(t, error);
      return;
    }
    queryClient.clear();
    await navigate('/login', { replace: true });
  };

  const name = principal.githubLogin || principal.email;
  return (
    <Menu position="bottom-end" width={240} withArrow>
      <Menu.Target>
        <UnstyledButton aria-label={t('nav.account')} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar size="sm" radius="xl" color="blue">
              {name.slice(0, 1).toUpperCase()}
            </Avatar>
            <Text size="sm" visibleFrom="sm">
              {name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{principal.email}</Menu.Label>
        {(principal.isPlatformOwner || principal.isPlatformAdmin) && (
          <Menu.Item disabled>
            <Badge size="sm" variant="light">
              {principal.isPlatformOwner ? t('users.owner') : t('users.admin')}
            </Badge>
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => void signOut()}>
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Everything behind sign-in: asks auth.me once, sends strangers to /login?next=<here>. */
export function SignedInLayout() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
  // The edge answers even when the control-plane does not; say so once instead of on every card.
  const platform = useQuery(trpc.system.status.queryOptions(undefined, { refetchInterval: 15_000 }));

  // After the GitHub round trip (which lands on `/`), continue to the page that sent us to sign in.
  useEffect(() => {
    if (!me.data) return;
    const next = takeRememberedNext();
    if (next && next !== `${location.pathname}${location.search}`) void navigate(next, { replace: true });
  }, [me.data, location.pathname, location.search, navigate]);

  if (me.isPending) return <LoadingState />;
  if (me.isError) {
    if (isUnauthorized(me.error))
      return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
    return (
      <Container size="sm" py="xl">
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  }
  const principal = me.data;

  return (
    <PrincipalProvider value={principal}>
      <AppShell header={{ height: 60 }} padding="lg">
        <AppShell.Header>
          <Container size="xl" h="100%">
            <Group h="100%" justify="space-between" wrap="nowrap">
              <Group gap="lg" wrap="nowrap">
                <Text fw={700} size="lg" c="blue.7">
                  {t('app.name')}
                </Text>
                <Group gap={4} component="nav" aria-label={t('nav.main')} wrap="nowrap">
                  <NavItem to="/projects" label={t('nav.projects')} />
                  <NavItem to="/runs" label={t('nav.runs')} />
                  <NavItem to="/deliveries" label={t('nav.deliveries')} />
                  {principal.isPlatformAdmin && <NavItem to="/users" label={t('nav.users')} />}
                </Group>
              </Group>
              <Group gap="md" wrap="nowrap">
                <LanguageSwitch />
                <UserMenu principal={principal} />
              </Group>
            </Group>
          </Container>
        </AppShell.Header>
        <AppShell.Main bg="gray.0">
          <Container size="xl" py="md">
            {platform.data?.controlPlaneServing === false && (
              <Alert color="yellow" variant="light" mb="md" role="status" data-testid="platform-down">
                {t('app.controlPlaneDown')}
              </Alert>
            )}
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </PrincipalProvider>
  );
}
