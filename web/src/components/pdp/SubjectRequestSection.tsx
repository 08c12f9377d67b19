import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { subjectRequestsApi } from '../../api/pdp';
import type { DataSubjectRequest } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useNow } from '../../hooks/useNow';
import { usePagedList } from '../../hooks/usePagedList';
import { useI18n } from '../../i18n/i18n';
import { canHandleSubjectRequests, canWriteRegistry } from '../../lib/access';
import { formatDate } from '../../lib/format';
import { LoadState } from '../common/LoadError';
import { LoadMore } from '../common/LoadMore';
import { RequestOutcomeModal } from './RequestOutcomeModal';
import { SubjectRequestModal } from './SubjectRequestModal';
import { SubjectRequestTable, type RequestAction } from './SubjectRequestTable';

interface Props {
  personId: string;
  rev: number;
  onChanged: () => void;
}

/** The requests that need the queue's permission to list them (GET /data-subject-requests?person_id=). */
function PersonRequestList({ personId, rev, now, onAction }: {
  personId: string;
  rev: number;
  now: number;
  onAction: (r: DataSubjectRequest, a: RequestAction) => void;
}) {
  const { t } = useI18n();
  const { items, cursor, loading, error, more } = usePagedList<DataSubjectRequest>(
    (c) => subjectRequestsApi.list({ person_id: personId, cursor: c, limit: 50 }),
    [personId, rev],
  );
  return (
    <>
      {items.length > 0 && <SubjectRequestTable items={items} now={now} onAction={onAction} />}
      {!loading && !error && items.length === 0 && (
        <Text c="dimmed" data-testid="request-empty">
          {t('dsr.empty')}
        </Text>
      )}
      <LoadState loading={loading && items.length === 0} error={error} />
      <LoadMore cursor={cursor} loading={loading} onMore={more} testId="request-more" />
    </>
  );
}

/**
 * "Permintaan subjek data" on a person's profile: case workers log requests; supervisors and administrators (who
 * work the queue) also see the person's requests with their 3 x 24 h deadline and close them.
 */
export function SubjectRequestSection({ personId, rev, onChanged }: Props) {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const now = useNow();
  const handler = canHandleSubjectRequests(me);
  const writer = canWriteRegistry(me);
  const [adding, setAdding] = useState(false);
  const [lodged, setLodged] = useState<DataSubjectRequest[]>([]);
  const [acting, setActing] = useState<{ request: DataSubjectRequest; action: RequestAction } | null>(null);
  if (!handler && !writer) return null;

  const last = lodged[lodged.length - 1];
  return (
    <Card withBorder data-testid="request-section">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('dsr.title')}</Title>
        {writer && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)} data-testid="request-add">
            {t('dsr.add')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('dsr.intro')}
      </Text>
      <Stack gap="sm">
        {last && (
          <Alert color="teal" variant="light" withCloseButton onClose={() => setLodged([])} data-testid="request-lodged">
            {t('dsr.lodged', { time: formatDate(last.due_at, lang) })}
          </Alert>
        )}
        {handler ? (
          <PersonRequestList
            personId={personId}
            rev={rev}
            now={now}
            onAction={(request, action) => setActing({ request, action })}
          />
        ) : (
          <>
            {lodged.length > 0 && <SubjectRequestTable items={lodged} now={now} />}
            <Text size="sm" c="dimmed" data-testid="request-handled-elsewhere">
              {t('dsr.handled_by_supervisors')}
            </Text>
          </>
        )}
      </Stack>
      <SubjectRequestModal
        personId={personId}
        opened={adding}
        onClose={() => setAdding(false)}
        onLodged={(r) => {
          setAdding(false);
          setLodged((list) => [...list, r]);
          onChanged();
        }}
      />
      {acting && (
        <RequestOutcomeModal
          request={acting.request}
          action={acting.action}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
