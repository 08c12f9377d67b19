// Who is signed in. Asks GET /me once per page load; a 401 from any later call (session expired, revoked, or
// ended on another device) marks the user signed out, and <RequireAuth> then sends them to the sign-in page.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { authApi } from '../api/auth';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from '../api/client';
import type { Me } from '../api/types';

export type AuthStatus = 'loading' | 'signed_in' | 'signed_out' | 'error';
/** Why the user is signed out: never signed in, signed out on purpose, or the server ended the session. */
export type SignedOutReason = 'none' | 'signed_out' | 'session_ended';

export interface Auth {
  status: AuthStatus;
  me: Me | null;
  reason: SignedOutReason;
  /** The error of the initial GET /me when it was not a 401 (server down). */
  error: unknown;
  signedIn: (me: Me, csrfToken: string) => void;
  /** POST /auth/logout (or logout-all); signed out locally even if the call fails. */
  signOut: (everywhere?: boolean) => Promise<void>;
  refresh: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [status, setStatus] = useState<AuthStatus>('loading');
  const [reason, setReason] = useState<SignedOutReason>('none');
  const [error, setError] = useState<unknown>(null);

  const clear = useCallback((why: SignedOutReason) => {
    setCsrfToken(null);
    setMe(null);
    setReason(why);
    setStatus('signed_out');
  }, []);

  const refresh = useCallback(async () => {
    try {
      const res = await authApi.me();
      setMe(res.data);
      setStatus('signed_in');
      setError(null);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        clear('none');
      } else {
        setError(e);
        setStatus('error');
      }
    }
  }, [clear]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    setUnauthorizedHandler(() => clear('session_ended'));
    return () => setUnauthorizedHandler(null);
  }, [clear]);

  const signedIn = useCallback((user: Me, csrfToken: string) => {
    setCsrfToken(csrfToken);
    setMe(user);
    setReason('none');
    setStatus('signed_in');
  }, []);

  const signOut = useCallback(
    async (everywhere = false) => {
      try {
        await (everywhere ? authApi.logoutAll() : authApi.logout());
      } catch {
        // the session may already be gone; the user is signed out here either way
      }
      clear('signed_out');
    },
    [clear],
  );

  const value = useMemo<Auth>(
    () => ({ status, me, reason, error, signedIn, signOut, refresh }),
    [status, me, reason, error, signedIn, signOut, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
