import { useCallback } from 'react';
import { useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n/i18n';

/** How a user id on a record is shown: "Name (you)" for the signed-in user, otherwise the id (user names are admin data). */
export function useActorLabel(): (id: string | null | undefined) => string {
  const { t } = useI18n();
  const { me } = useAuth();
  return useCallback(
    (id) => {
      if (!id) return '—';
      return me && id === me.id ? t('audit.you', { name: me.display_name || me.username }) : id;
    },
    [me, t],
  );
}
