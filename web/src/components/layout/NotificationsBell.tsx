import { ActionIcon, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { notificationsApi } from '../../api/notifications';
import type { Notification } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';

export const NOTIFICATIONS_POLL_MS = 60_000;

/** The signed-in user's notifications (GET /notifications on load and every 60 s) with the unread count. */
export function NotificationsBell() {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const [items, setItems] = useState<Notification[]>([]);
  const [failed, setFailed] = useState(false);
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      const res = await notificationsApi.list(signal);
      setItems(res.data.items);
      setFailed(false);
    } catch {
      if (!signal?.aborted) setFailed(true);
    }
  }, []);

  useEffect(() => {
    if (!me) return;
    const ctl = new AbortController();
    void load(ctl.signal);
    const timer = setInterval(() => void load(ctl.signal), NOTIFICATIONS_POLL_MS);
    return () => {
      clearInterval(timer);
      ctl.abort();
    };
  }, [me, load]);

  if (!me) return null;
  const unread = items.filter((n) => !n.read_at).length;
  const markRead = async (n: Notification) => {
    setBusy(n.id);
    try {
      await notificationsApi.markRead(n.id);
      setItems((list) => list.map((x) => (x.id === n.id ? { ...x, read_at: x.read_at ?? new Date().toISOString() } : x)));
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} withinPortal shadow="md">
      <Popover.Target>
        <Indicator label={unread} size={16} color="red" disabled={unread === 0} offset={4} data-testid="notifications-unread">
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => {
              if (!opened) void load();
              setOpened((o) => !o);
            }}
            aria-label={t('notifications.bell', { count: unread })}
            data-testid="notifications-bell"
            data-unread={unread}
          >
            <span aria-hidden style={{ fontSize: 18 }}>
              🔔
            </span>
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown data-testid="notifications-dropdown" p="xs">
        <Text fw={600} size="sm" mb="xs">
          {t('notifications.title')}
        </Text>
        {failed && (
          <Text size="xs" c="red" mb="xs" data-testid="notifications-error">
            {t('notifications.load_error')}
          </Text>
        )}
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="notifications-empty">
            {t('notifications.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={400}>
            <Stack gap={0}>
              {items.map((n, i) => (
                <div key={n.id} data-testid="notification-item" data-kind={n.kind} data-read={n.read_at ? 'true' : 'false'}>
                  {i > 0 && <Divider my={4} />}
                  <Text size="sm" fw={n.read_at ? 400 : 600}>
                    {n.message}
                  </Text>
                  <Group justify="space-between" gap="xs" mt={2}>
                    <Text size="xs" c="dimmed">
                      {formatDate(n.created_at, lang)}
                    </Text>
                    <Group gap={4}>
                      {n.referral_id && (
                        <Button
                          component={Link}
                          to={`/referrals/${n.referral_id}`}
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setOpened(false)}
                          data-testid="notification-referral"
                        >
                          {t('notifications.open_referral')}
                        </Button>
                      )}
                      {!n.referral_id && n.case_id && (
                        <Button
                          component={Link}
                          to={`/cases/${n.case_id}`}
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setOpened(false)}
                          data-testid="notification-case"
                        >
                          {t('notifications.open_case')}
                        </Button>
                      )}
                      {n.person_id && (
                        <Button
                          component={Link}
                          to={`/persons/${n.person_id}`}
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setOpened(false)}
                          data-testid="notification-person"
                        >
                          {t('notifications.open_person')}
                        </Button>
                      )}
                      {!n.read_at && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          loading={busy === n.id}
                          onClick={() => void markRead(n)}
                          data-testid="notification-mark-read"
                        >
                          {t('notifications.mark_read')}
                        </Button>
                      )}
                    </Group>
                  </Group>
                </div>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
