import { Badge, Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { casesApi } from '../api/cases';
import { useAuth } from '../auth/AuthContext';
import { CaseStatusBadge, UrgencyBadge } from '../components/case/CaseBadges';
import { CodelistSelect } from '../components/common/CodelistSelect';
import { LoadState } from '../components/common/LoadError';
import { LoadMore } from '../components/common/LoadMore';
import { useCodeLabel, useCodelistOptions } from '../hooks/useCodelist';
import { usePagedList } from '../hooks/usePagedList';
import { useI18n } from '../i18n/i18n';
import { canWriteCases } from '../lib/access';
import { caseFiltersFromParams, caseFiltersToParams, caseTotals, type CaseFilters } from '../lib/cases';
import { formatDate } from '../lib/format';

/** /cases: the cases the user may see, filtered by status and type (kept in the URL, so a view can be shared). */
export function CasesPage() {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = caseFiltersFromParams(params);
  const statusOptions = useCodelistOptions('status_kasus');
  const typeLabel = useCodeLabel('jenis_kasus');
  const { items, cursor, loading, error, more } = usePagedList(
    (c) =>
      casesApi.list({
        status: filters.status,
        case_type: filters.case_type,
        region: filters.region || undefined,
        cursor: c,
        limit: 50,
      }),
    [filters.status, filters.case_type, filters.region],
  );
  const setFilter = (patch: Partial<CaseFilters>) =>
    setParams(caseFiltersToParams({ ...filters, ...patch }), { replace: true });
  const totals = caseTotals(items);

  return (
    <Stack data-testid="cases-page">
      <Group justify="space-between">
        <Title order={2}>{t('cases.title')}</Title>
        {canWriteCases(me) && (
          <Button component={Link} to="/cases/new" data-testid="case-new">
            {t('case.new')}
          </Button>
        )}
      </Group>
      <Card withBorder>
        <Group align="flex-end" data-testid="case-filters">
          <NativeSelect
            label={t('case.status')}
            data={[{ value: '', label: t('cases.all_statuses') }, ...statusOptions]}
            value={filters.status}
            onChange={(e) => setFilter({ status: e.currentTarget.value as CaseFilters['status'] })}
            data-testid="case-filter-status"
          />
          <CodelistSelect
            codelist="jenis_kasus"
            label={t('case.case_types')}
            value={filters.case_type}
            onChange={(x) => setFilter({ case_type: x })}
            testId="case-filter-type"
          />
          {filters.region && (
            <Badge variant="light" size="lg" data-testid="case-filter-region">
              {t('cases.filter_region', { region: filters.region })}
            </Badge>
          )}
          {(filters.status || filters.case_type || filters.region) && (
            <Button variant="subtle" onClick={() => setParams({}, { replace: true })} data-testid="case-filter-clear">
              {t('cases.clear_filters')}
            </Button>
          )}
        </Group>
      </Card>
      <Card withBorder>
        <Text size="sm" c="dimmed" mb="xs" data-testid="case-totals">
          {t('cases.totals', { cases: totals.cases, victims: totals.victims })}
          {cursor ? ` ${t('cases.totals_loaded')}` : ''}
        </Text>
        {items.length === 0 && !loading && !error ? (
          <Text c="dimmed" data-testid="cases-empty">
            {t('cases.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table highlightOnHover data-testid="case-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('case.reported_on')}</Table.Th>
                  <Table.Th>{t('case.case_types')}</Table.Th>
                  <Table.Th>{t('case.status')}</Table.Th>
                  <Table.Th>{t('case.urgency')}</Table.Th>
                  <Table.Th>{t('case.victims')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr
                    key={c.id}
                    onClick={() => navigate(`/cases/${c.id}`)}
                    style={{ cursor: 'pointer' }}
                    data-testid="case-row"
                    data-case-id={c.id}
                  >
                    <Table.Td>
                      <Link to={`/cases/${c.id}`} onClick={(e) => e.stopPropagation()} data-testid="case-link">
                        {formatDate(c.reported_on, lang)}
                      </Link>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {c.case_types.map((ct) => (
                          <Badge key={ct} variant="outline" size="sm">
                            {typeLabel(ct)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <CaseStatusBadge status={c.status} />
                    </Table.Td>
                    <Table.Td>
                      <UrgencyBadge urgency={c.urgency} safetyRisk={c.immediate_safety_risk} />
                    </Table.Td>
                    <Table.Td data-testid="case-victim-count">{c.victim_count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <LoadState loading={loading && items.length === 0} error={error} />
        <LoadMore cursor={cursor} loading={loading} onMore={more} testId="cases-more" />
      </Card>
    </Stack>
  );
}
