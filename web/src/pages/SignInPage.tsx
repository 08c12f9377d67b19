import { Alert, Button, Card, Center, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { authApi } from '../api/auth';
import { ApiError } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { SignInFailureAlert } from '../components/auth/SignInFailureAlert';
import { LanguageSwitch } from '../components/layout/LanguageSwitch';
import { useI18n } from '../i18n/i18n';
import { classifySignInFailure, safeReturnPath, type SignInFailure } from '../lib/signin';

/** /masuk: username + password, then a TOTP code when the server asks for one (401 auth.totp_required). */
export function SignInPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const auth = useAuth();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [askTotp, setAskTotp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ f: SignInFailure; problem: ApiError['problem'] } | null>(null);
  const [attempt, setAttempt] = useState(0); // numbers the answers, so a test can tell one refusal from the next
  const next = safeReturnPath(params.get('next'));

  if (auth.status === 'signed_in' && !busy) return <Navigate to={next} replace />;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    setAttempt((n) => n + 1);
    const code = askTotp ? totp.replace(/\s/g, '') : '';
    try {
      const res = await authApi.login({ username: username.trim(), password, ...(code ? { totp: code } : {}) });
      auth.signedIn(res.data.user, res.data.csrf_token);
      navigate(next, { replace: true });
    } catch (err) {
      const problem = err instanceof ApiError ? err.problem : { status: 0, code: 'network_error' };
      const f = classifySignInFailure(problem, err instanceof ApiError ? err.retryAfter : null, Boolean(code));
      if (f.kind === 'totp_required') setAskTotp(true);
      if (f.kind === 'invalid_credentials') setPassword('');
      setFailure({ f, problem });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Card withBorder maw={420} w="100%" padding="lg" shadow="sm">
        <form onSubmit={submit} noValidate data-testid="signin-form">
          <Stack>
            <Group justify="space-between">
              <Title order={2} c="teal.8">
                Sinergi
              </Title>
              <LanguageSwitch />
            </Group>
            <Title order={3}>{t('signin.title')}</Title>
            {auth.reason === 'session_ended' && !failure && (
              <Alert color="yellow" data-testid="signin-session-ended">
                {t('signin.session_ended')}
              </Alert>
            )}
            {auth.reason === 'signed_out' && !failure && (
              <Alert color="teal" data-testid="signin-signed-out">
                {t('signin.signed_out')}
              </Alert>
            )}
            <TextInput
              label={t('signin.username')}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              autoComplete="username"
              autoCapitalize="none"
              autoFocus
              required
              data-testid="signin-username"
            />
            <PasswordInput
              label={t('signin.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              required
              data-testid="signin-password"
            />
            {askTotp && (
              <TextInput
                label={t('signin.totp')}
                description={t('signin.totp_help')}
                value={totp}
                onChange={(e) => setTotp(e.currentTarget.value)}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={8}
                autoFocus
                data-testid="signin-totp"
              />
            )}
            {failure && <SignInFailureAlert failure={failure.f} problem={failure.problem} attempt={attempt} />}
            <Button type="submit" loading={busy} disabled={!username.trim() || !password} data-testid="signin-submit">
              {t('signin.submit')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('signin.footer')}
            </Text>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
