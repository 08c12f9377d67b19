import { api } from './client';
import type { LoginInput, LoginResult, LogoutAllResult, Me, TotpConfirmInput, TotpSetup } from './types';

export const authApi = {
  /** 401 auth.invalid_credentials / auth.totp_required / auth.totp_setup_required, 429 auth.locked: the caller's. */
  login: (body: LoginInput) => api.post<LoginResult>('/auth/login', body, { noAuthRedirect: true }),
  logout: () => api.post<void>('/auth/logout', undefined, { noAuthRedirect: true }),
  logoutAll: () => api.post<LogoutAllResult>('/auth/logout-all', undefined, { noAuthRedirect: true }),
  /** Who is signed in; a 401 here means "nobody" and is handled by the auth provider, not as an expiry. */
  me: () => api.get<Me>('/me', undefined, undefined, { noAuthRedirect: true }),
  totpSetup: () => api.post<TotpSetup>('/me/totp/setup', undefined),
  totpConfirm: (code: string) => {
    const body: TotpConfirmInput = { code };
    return api.post<void>('/me/totp/confirm', body);
  },
};
