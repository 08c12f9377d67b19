import { Card, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { subjectRequestsApi } from '../api/pdp';
import type { DataSubjectRequest } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { LoadState } from '../components/common/LoadError';
import { LoadMore } from '../components/common/LoadMore';
import { RequestOutcomeModal } from '../components/pdp/RequestOutcomeModal';
import { SubjectRequestFilterForm } from '../components/pdp/SubjectRequestFilterForm';
import { SubjectRequestTable, type RequestAction } from '../components/pdp/SubjectRequestTable';
import { useNow } from '../hooks/useNow';
import { usePagedList } from '../hooks/usePagedList';
import { useI18n } from '../i18n/i18n';
import { canReadRegistry } from '../lib/access';
import { requestFiltersFromParams, requestFiltersToParams, requestFiltersToQuery } from '../lib/pdp';

/** /data-subject-requests?status=&overdue=true&person_id= (supervisors and administrators: audit read). */
export function SubjectRequestsPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => requestFiltersFromParams(new URLSearchParams(key)), [key]);
  // Bumped after closing a request so the list reloads (its status or the overdue filter may drop it).
  const [rev, setRev] = useState(0);
  const [acting, setActing] = useState<{ request: DataSubjectRequest; action: RequestAction } | null>(null);
  const { items, cursor, loading, error, more } = usePagedList<DataSubjectRequest>(
    (c) => subjectRequestsApi.list({ ...requestFiltersToQuery(filters), cursor: c, limit: 50 }),
    [filters, rev],
  );
  return (
    <Stack data-testid="requests-page">
      <Title order={2}>{t('dsr.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('dsr.page_intro')}
      </Text>
      <Card withBorder>
        <SubjectRequestFilterForm value={filters} onApply={(f) => setParams(requestFiltersToParams(f))} />
      </Card>
      <Card withBorder>
        {items.length > 0 && (
          <SubjectRequestTable
            items={items}
            now={now}
            showPerson={canReadRegistry(me) ? 'link' : 'id'}
            onAction={(request, action) => setActing({ request, action })}
          />
        )}
        {!loading && !error && items.length === 0 && (
          <Text c="dimmed" data-testid="request-empty">
            {t('dsr.empty')}
          </Text>
        )}
        <LoadState loading={loading && items.length === 0} error={error} />
        <LoadMore cursor={cursor} loading={loading} onMore={more} testId="request-more" />
      </Card>
      {acting && (
        <RequestOutcomeModal
          request={acting.request}
          action={acting.action}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            setRev((r) => r + 1);
          }}
        />
      )}
    </Stack>
  );
}
