import { Anchor, Card, Group, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { auditApi } from '../../api/audit';
import type { AuditEntry } from '../../api/types';
import { usePagedList } from '../../hooks/usePagedList';
import { useI18n } from '../../i18n/i18n';
import { LoadState } from '../common/LoadError';
import { LoadMore } from '../common/LoadMore';
import { AuditTable } from './AuditTable';

/** "Siapa yang melihat": the audit trail of one person (GET /audit?entity_type=person&entity_id=), for supervisors. */
export function WhoViewedSection({ personId, rev }: { personId: string; rev: number }) {
  const { t } = useI18n();
  const { items, cursor, loading, error, more } = usePagedList<AuditEntry>(
    (c) => auditApi.list({ entity_type: 'person', entity_id: personId, cursor: c, limit: 20 }),
    [personId, rev],
  );
  const all = `/audit?entity_type=person&entity_id=${encodeURIComponent(personId)}`;
  return (
    <Card withBorder data-testid="who-viewed-section">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('audit.who_viewed')}</Title>
        <Anchor component={Link} to={all} size="sm" data-testid="who-viewed-all">
          {t('audit.open_full')}
        </Anchor>
      </Group>
      <AuditTable items={items} compact testId="who-viewed-list" />
      {!loading && !error && items.length === 0 && <Text c="dimmed">{t('audit.empty')}</Text>}
      <LoadState loading={loading && items.length === 0} error={error} />
      <LoadMore cursor={cursor} loading={loading} onMore={more} testId="who-viewed-more" />
    </Card>
  );
}
