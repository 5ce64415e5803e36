import {
  Alert,
  AppShell,
  Avatar,
  Badge,
  Burger,
  Container,
  Group,
  NavLink as MantineNavLink,
  Menu,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { isUnauthorized } from '../lib/errors';
import { markReachable, markUnreachable, useControlPlaneUnreachable } from '../lib/reachability';
import { changeLanguage, type Language } from '../lib/i18n';
import { PrincipalProvider } from '../lib/principal';
import { signInPath, takeRememberedNext } from '../lib/session';
import { useTRPC, type Principal } from '../lib/trpc';
import { ErrorAlert } from './QueryState';
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

function NavItem({ to, label, onNavigate }: { to: string; label: string; onNavigate: () => void }) {
  const active = useMatch({ path: to, end: false }) !== null;
  return (
    <MantineNavLink
      component={NavLink}
      to={to}
      label={label}
      onClick={onNavigate}
      // react-router's NavLink sets aria-current on the active link; Mantine's `active` colours it.
      active={active}
      variant="light"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
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

const HEADER_HEIGHT = 56;
const NAVBAR_WIDTH = 208;

function Logo() {
  const { t } = useTranslation();
  return (
    <Text fw={700} size="lg" c="blue.7" style={{ whiteSpace: 'nowrap' }}>
      {t('app.name')}
    </Text>
  );
}

/** The page's frame while the session check runs: header and navigation in grey, never a blank page. */
function ShellSkeleton() {
  return (
    <AppShell
      header={{ height: HEADER_HEIGHT }}
      navbar={{ width: NAVBAR_WIDTH, breakpoint: 'sm', collapsed: { mobile: true } }}
      padding="md"
      data-testid="session-loading"
      aria-busy="true"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Logo />
          <Group gap="sm" wrap="nowrap">
            <Skeleton h={26} w={72} radius="md" />
            <Skeleton h={28} w={28} circle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <Stack gap="xs">
          {[0, 1, 2, 3].map((index) => (
            <Skeleton key={index} h={32} radius="md" />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Container size="xl" py="md" px={0}>
          <Stack gap="md">
            <Skeleton h={28} w={220} />
            <Skeleton h={14} w="60%" />
            <Skeleton h={180} radius="md" />
          </Stack>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

/**
 * Says, on every page, that what it shows may be out of date while the control-plane does not
 * answer; asks again every few seconds, and refreshes every page's data once it is back.
 */
function StaleDataBanner() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const unreachable = useControlPlaneUnreachable();
  const status = useQuery(
    trpc.system.status.queryOptions(undefined, {
      refetchInterval: unreachable ? 3_000 : 15_000,
      retry: false,
    }),
  );
  const serving = status.data?.controlPlaneServing;
  useEffect(() => {
    if (serving === false) markUnreachable();
    else if (serving === true) markReachable();
  }, [serving, status.dataUpdatedAt]);
  const wasUnreachable = useRef(unreachable);
  useEffect(() => {
    // Back: whatever failed meanwhile is asked again now, not at its next interval.
    if (wasUnreachable.current && !unreachable) void queryClient.invalidateQueries();
    wasUnreachable.current = unreachable;
  }, [unreachable, queryClient]);
  if (!unreachable) return null;
  return (
    <Alert color="yellow" variant="light" mb="md" role="status" data-testid="platform-down">
      {t('app.controlPlaneDown')}
    </Alert>
  );
}

/** Everything behind sign-in: asks auth.me once, sends strangers to /login?next=<here>. */
export function SignedInLayout() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const location = useLocation();
  const navigate = useNavigate();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
  // Project admins read their projects' audit trail: the entry shows once they administer one.
  const isPlatformAdmin = me.data?.isPlatformAdmin ?? false;
  const projects = useQuery(
    trpc.projects.list.queryOptions(
      { limit: 200 },
      { staleTime: 60_000, enabled: me.isSuccess && !isPlatformAdmin },
    ),
  );
  const showAudit =
    isPlatformAdmin || (projects.data?.items ?? []).some((project) => project.role === 'admin');

  // After the GitHub round trip (which lands on `/`), continue to the page that sent us to sign in.
  useEffect(() => {
    if (!me.data) return;
    const next = takeRememberedNext();
    if (next && next !== `${location.pathname}${location.search}`) void navigate(next, { replace: true });
  }, [me.data, location.pathname, location.search, navigate]);

  if (me.isPending) return <ShellSkeleton />;
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
      <AppShell
        header={{ height: HEADER_HEIGHT }}
        navbar={{ width: NAVBAR_WIDTH, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={toggleNav}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.toggle')}
                data-testid="nav-burger"
              />
              <Logo />
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch />
              <UserMenu principal={principal} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.main')}>
          <Stack gap={4}>
            <NavItem to="/projects" label={t('nav.projects')} onNavigate={closeNav} />
            <NavItem to="/runs" label={t('nav.runs')} onNavigate={closeNav} />
            <NavItem to="/deliveries" label={t('nav.deliveries')} onNavigate={closeNav} />
            {principal.isPlatformAdmin && (
              <NavItem to="/users" label={t('nav.users')} onNavigate={closeNav} />
            )}
            {showAudit && <NavItem to="/audit" label={t('nav.audit')} onNavigate={closeNav} />}
          </Stack>
        </AppShell.Navbar>
        <AppShell.Main bg="gray.0">
          <Container size="xl" py="md" px={0}>
            <StaleDataBanner />
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </PrincipalProvider>
  );
}
