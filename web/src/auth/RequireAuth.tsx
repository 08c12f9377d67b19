import { Button, Center, Loader, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { Me } from '../api/types';
import { LoadState } from '../components/common/LoadError';
import { useI18n } from '../i18n/i18n';
import { SIGN_IN_PATH, signInPath } from '../lib/signin';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { useAuth } from './AuthContext';

/** Renders `children` for a signed-in user; otherwise the sign-in page, remembering the intended path. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, reason, error, refresh } = useAuth();
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  if (status === 'loading') {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (status === 'error') {
    return (
      <Stack maw={520} mx="auto" mt="xl">
        <LoadState loading={false} error={error} />
        <Button onClick={() => void refresh()}>{t('action.reload')}</Button>
      </Stack>
    );
  }
  if (status === 'signed_out') {
    // After "Keluar" the next user starts afresh; after an expiry the same user returns to where they were.
    return <Navigate to={reason === 'signed_out' ? SIGN_IN_PATH : signInPath(pathname + search)} replace />;
  }
  return <>{children}</>;
}

/** Renders `children` only when `allowed(me)`; a "no access" page otherwise (the server refuses anyway). */
export function RequireAccess({ allowed, children }: { allowed: (me: Me) => boolean; children: ReactNode }) {
  const { me } = useAuth();
  if (!me || !allowed(me)) return <ForbiddenPage />;
  return <>{children}</>;
}
