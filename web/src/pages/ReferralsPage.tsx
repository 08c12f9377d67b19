import { Card, Group, NativeSelect, Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { referralsApi } from '../api/referrals';
import { LoadState } from '../components/common/LoadError';
import { LoadMore } from '../components/common/LoadMore';
import { ReferralTable } from '../components/referral/ReferralTable';
import { ResponseTimesCard } from '../components/referral/ResponseTimesCard';
import { useAgencyDirectory } from '../hooks/useAgencyDirectory';
import { useCodelistOptions } from '../hooks/useCodelist';
import { usePagedList } from '../hooks/usePagedList';
import { useI18n } from '../i18n/i18n';
import { referralFiltersFromParams, referralFiltersToParams, type ReferralFilters } from '../lib/referrals';

/** /referrals: "Masuk" (to the user's agency) and "Keluar" (from it), filtered by status (kept in the URL). */
export function ReferralsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = referralFiltersFromParams(params);
  const statusOptions = useCodelistOptions('status_rujukan');
  const directory = useAgencyDirectory();
  const { items, cursor, loading, error, more } = usePagedList(
    (c) => referralsApi.list({ box: filters.box, status: filters.status, cursor: c, limit: 50 }),
    [filters.box, filters.status],
  );
  const setFilter = (patch: Partial<ReferralFilters>) =>
    setParams(referralFiltersToParams({ ...filters, ...patch }), { replace: true });
  return (
    <Stack data-testid="referrals-page" data-box={filters.box}>
      <Title order={2}>{t('referrals.title')}</Title>
      <Tabs value={filters.box} onChange={(v) => setFilter({ box: v === 'outbox' ? 'outbox' : 'inbox' })}>
        <Tabs.List>
          <Tabs.Tab value="inbox" data-testid="referrals-tab-inbox">
            {t('referrals.inbox')}
          </Tabs.Tab>
          <Tabs.Tab value="outbox" data-testid="referrals-tab-outbox">
            {t('referrals.outbox')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Card withBorder>
        <Group align="flex-end" mb="sm">
          <NativeSelect
            label={t('referral.status')}
            data={[{ value: '', label: t('referrals.all_statuses') }, ...statusOptions]}
            value={filters.status}
            onChange={(e) => setFilter({ status: e.currentTarget.value as ReferralFilters['status'] })}
            data-testid="referrals-filter-status"
          />
        </Group>
        <Text size="sm" c="dimmed" mb="xs">
          {t(filters.box === 'inbox' ? 'referrals.inbox_help' : 'referrals.outbox_help')}
        </Text>
        {items.length === 0 && !loading && !error ? (
          <Text c="dimmed" data-testid="referrals-empty">
            {t('referrals.empty')}
          </Text>
        ) : (
          items.length > 0 && <ReferralTable items={items} nameOf={directory.nameOf} showCase />
        )}
        <LoadState loading={loading && items.length === 0} error={error} />
        <LoadMore cursor={cursor} loading={loading} onMore={more} testId="referrals-more" />
      </Card>
      <ResponseTimesCard directory={directory} />
    </Stack>
  );
}
