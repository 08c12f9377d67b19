import { Card, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { auditApi } from '../api/audit';
import type { AuditEntry } from '../api/types';
import { AuditFilterForm } from '../components/audit/AuditFilterForm';
import { AuditTable } from '../components/audit/AuditTable';
import { LoadState } from '../components/common/LoadError';
import { LoadMore } from '../components/common/LoadMore';
import { usePagedList } from '../hooks/usePagedList';
import { useI18n } from '../i18n/i18n';
import { filtersFromParams, filtersToParams, filtersToQuery } from '../lib/audit';

/** /audit?actor_id=&entity_type=&entity_id=&action=&from=&to= (SYSTEM_ADMIN, SUPERVISOR). */
export function AuditPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(key)), [key]);
  const { items, cursor, loading, error, more } = usePagedList<AuditEntry>(
    (c) => auditApi.list({ ...filtersToQuery(filters), cursor: c, limit: 50 }),
    [filters],
  );
  return (
    <Stack>
      <Title order={2}>{t('audit.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('audit.intro')}
      </Text>
      <Card withBorder>
        <AuditFilterForm value={filters} onApply={(f) => setParams(filtersToParams(f))} />
      </Card>
      <Card withBorder>
        <AuditTable items={items} />
        {!loading && !error && items.length === 0 && (
          <Text c="dimmed" mt="sm" data-testid="audit-empty">
            {t('audit.empty')}
          </Text>
        )}
        <LoadState loading={loading && items.length === 0} error={error} />
        <LoadMore cursor={cursor} loading={loading} onMore={more} testId="audit-more" />
      </Card>
    </Stack>
  );
}
