import { Alert, Button, Center, Divider, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../components/Layout';
import { ErrorAlert, LoadingState } from '../components/QueryState';
import { rememberNext, safeNext } from '../lib/session';
import { useTRPC } from '../lib/trpc';
import { validators } from '../lib/validation';

/** Codes the edge puts into /login?error= when a sign-in is refused (SPEC §5). */
const SIGN_IN_ERRORS = ['not_allowed', 'no_verified_email', 'state_mismatch', 'github_unavailable'] as const;
type SignInError = (typeof SIGN_IN_ERRORS)[number];

function isSignInError(value: string): value is SignInError {
  return (SIGN_IN_ERRORS as readonly string[]).includes(value);
}

function GithubMark() {
  return (
    <svg width="18" height="18" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
      <path d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.013 8.013 0 0016 8c0-4.42-3.58-8-8-8z" />
    </svg>
  );
}

function DevSignInForm({ next }: { next: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '' },
    validate: {
      email: validators(t).email,
    },
  });

  const submit = form.onSubmit(async ({ email }) => {
    setFailure(null);
    setSubmitting(true);
    try {
      const response = await fetch('/api/v1/auth/dev-login', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: email.trim(), next: next ?? undefined }),
      });
      if (!response.ok) {
        setFailure(
          response.status === 403 || response.status === 401
            ? t('login.errors.not_allowed')
            : response.status === 400
              ? t('validation.email')
              : response.status === 404
                ? t('login.devDisabled')
                : t('errors.SERVICE_UNAVAILABLE'),
        );
        return;
      }
      rememberNext(null);
      await queryClient.invalidateQueries();
      await navigate(next ?? '/', { replace: true });
    } catch {
      setFailure(t('errors.NETWORK'));
    } finally {
      setSubmitting(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('login.devEmail')}
          placeholder="you@example.com"
          type="email"
          autoComplete="email"
          name="email"
          {...form.getInputProps('email')}
        />
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {failure}
          </Alert>
        )}
        <Button type="submit" variant="default" loading={submitting} data-testid="dev-login-submit">
          {t('login.devSubmit')}
        </Button>
      </Stack>
    </form>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const errorCode = params.get('error');
  const options = useQuery(trpc.system.signInOptions.queryOptions(undefined, { staleTime: Infinity }));
  // Already signed in (e.g. came back with a fresh cookie): go straight on.
  const me = useQuery(trpc.auth.me.queryOptions(undefined, { retry: false }));

  if (me.data) return <Navigate to={next ?? '/'} replace />;

  const githubHref = `/api/v1/auth/github/login${next ? `?next=${encodeURIComponent(next)}` : ''}`;

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="space-between">
          <Text fw={700} size="lg" c="blue.7">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" radius="md" p="xl">
          <Stack gap="md">
            <div>
              <Title order={2}>{t('login.title')}</Title>
              <Text c="dimmed" size="sm" mt={4}>
                {t('login.subtitle')}
              </Text>
            </div>
            {errorCode && (
              <Alert
                color="red"
                variant="light"
                title={t('login.errorTitle')}
                role="alert"
                data-testid="login-error"
              >
                {isSignInError(errorCode) ? t(`login.errors.${errorCode}`) : t('login.errors.unknown')}
              </Alert>
            )}
            {next && (
              <Text size="sm" c="dimmed">
                {t('login.returnTo', { path: next })}
              </Text>
            )}
            {options.isPending && <LoadingState />}
            {options.isError && <ErrorAlert error={options.error} onRetry={() => void options.refetch()} />}
            {options.data && (
              <>
                {options.data.githubLogin && (
                  <Button
                    component="a"
                    href={githubHref}
                    onClick={() => rememberNext(next)}
                    size="md"
                    color="dark"
                    leftSection={<GithubMark />}
                    data-testid="github-login"
                  >
                    {t('login.github')}
                  </Button>
                )}
                {options.data.githubLogin && options.data.devLogin && (
                  <Divider label={t('login.or')} labelPosition="center" />
                )}
                {options.data.devLogin && <DevSignInForm next={next} />}
                {!options.data.githubLogin && !options.data.devLogin && (
                  <Alert color="yellow" variant="light">
                    {t('login.noMethods')}
                  </Alert>
                )}
              </>
            )}
          </Stack>
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          {t('login.allowlistNote')}
        </Text>
      </Stack>
    </Center>
  );
}
