import { Alert, Anchor, Button, Card, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import ReactECharts from 'echarts-for-react';
import { Link, useSearchParams } from 'react-router-dom';
import type { StatsTable } from '../../api/types';
import { useAsync } from '../../hooks/useAsync';
import { useI18n } from '../../i18n/i18n';
import {
  caseListLink,
  formatFigure,
  monthlySeries,
  provinceRows,
  statsFiltersFromParams,
  statsFiltersToParams,
  statsQuery,
  type StatsFilters,
} from '../../lib/stats';
import { LoadState } from '../common/LoadError';

// The case types (code list jenis_kasus) with their labels here: the public page has no session to load code lists.
const CASE_TYPES = [
  { code: 'TPPO', key: 'stats.case_type_TPPO' },
  { code: 'KEKERASAN_PEREMPUAN', key: 'stats.case_type_KEKERASAN_PEREMPUAN' },
  { code: 'KEKERASAN_ANAK', key: 'stats.case_type_KEKERASAN_ANAK' },
  { code: 'PMI_BERMASALAH', key: 'stats.case_type_PMI_BERMASALAH' },
] as const;

interface Props {
  /** GET /stats/cases or the public endpoint, with the query. */
  load: (query: Record<string, string>) => Promise<StatsTable>;
  /** The public page: no scope switch, no exports, no drill-down to cases. */
  publicView?: boolean;
  /** The export links of the signed-in page. */
  exportUrl?: (format: 'csv' | 'xlsx', query: Record<string, string>) => string;
}

/**
 * The figures of cases and victims: filters in the URL (from, to, case_type, province; scope on the signed-in page),
 * tiles (cases, victims, women and children), cases vs victims per month, and the table by province (all provinces,
 * whatever the province filter) with a link to the cases behind a row. Withheld (suppressed) figures show as "<k".
 */
export function StatsDashboard({ load, publicView = false, exportUrl }: Props) {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = statsFiltersFromParams(params);
  const national = !publicView && params.get('scope') === 'national';
  const scoped = (q: Record<string, string>) => (national ? { ...q, scope: 'national' } : q);
  const key = JSON.stringify([filters, national]);
  const totals = useAsync(() => load(scoped(statsQuery(filters, ''))), [key]);
  const monthly = useAsync(() => load(scoped(statsQuery(filters, 'month'))), [key]);
  const byProvince = useAsync(() => load(scoped(statsQuery({ ...filters, province: '' }, 'province'))), [key]);
  const setFilter = (patch: Partial<StatsFilters>) => {
    const next = statsFiltersToParams({ ...filters, ...patch });
    setParams(national ? { ...next, scope: 'national' } : next, { replace: true });
  };
  const setScope = (value: string) => {
    const next = statsFiltersToParams(filters);
    setParams(value === 'national' ? { ...next, scope: 'national' } : next, { replace: true });
  };
  const series = monthlySeries(monthly.data);
  const provinces = provinceRows(byProvince.data);
  const provinceOptions = (byProvince.data?.rows ?? [])
    .filter((r) => r.province)
    .map((r) => ({ value: r.province as string, label: `${r.province_name ?? r.province} (${r.province})` }));
  const fig = (n: number | null | undefined) => formatFigure(n ?? null, lang);
  const shown = totals.data;
  const chart = {
    tooltip: { trigger: 'axis' },
    legend: { data: [t('stats.series_cases'), t('stats.series_victims')] },
    xAxis: { type: 'category', data: series.months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('stats.series_cases'), type: 'bar', data: series.cases },
      { name: t('stats.series_victims'), type: 'line', data: series.victims, connectNulls: false },
    ],
  };

  return (
    <Stack data-testid="stats-dashboard">
      <Card withBorder>
        <Group align="flex-end" wrap="wrap" data-testid="stats-filters">
          <TextInput
            type="date"
            label={t('stats.filter_from')}
            value={filters.from}
            onChange={(e) => setFilter({ from: e.currentTarget.value })}
            data-testid="stats-filter-from"
          />
          <TextInput
            type="date"
            label={t('stats.filter_to')}
            value={filters.to}
            onChange={(e) => setFilter({ to: e.currentTarget.value })}
            data-testid="stats-filter-to"
          />
          <NativeSelect
            label={t('stats.filter_case_type')}
            data={[
              { value: '', label: t('stats.all_case_types') },
              ...CASE_TYPES.map((c) => ({ value: c.code, label: t(c.key) })),
            ]}
            value={filters.case_type}
            onChange={(e) => setFilter({ case_type: e.currentTarget.value })}
            data-testid="stats-filter-case-type"
          />
          <NativeSelect
            label={t('stats.filter_province')}
            data={[{ value: '', label: t('stats.all_provinces') }, ...provinceOptions]}
            value={filters.province}
            onChange={(e) => setFilter({ province: e.currentTarget.value })}
            data-testid="stats-filter-province"
          />
          {!publicView && (
            <SegmentedControl
              value={national ? 'national' : 'own'}
              onChange={setScope}
              data={[
                { value: 'own', label: t('stats.scope_own') },
                { value: 'national', label: t('stats.scope_national') },
              ]}
              data-testid="stats-scope"
            />
          )}
        </Group>
      </Card>
      {shown?.suppressed && (
        <Alert color="blue" data-testid="stats-suppressed-note">
          {t('stats.suppressed_note', { k: shown.threshold ?? 11 })}
        </Alert>
      )}
      {!shown ? (
        <LoadState loading={totals.loading} error={totals.error} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Card withBorder data-testid="stats-tile-cases">
            <Text c="dimmed" size="sm">{t('stats.tile_cases')}</Text>
            <Title order={2}>{fig(shown.totals.cases)}</Title>
          </Card>
          <Card withBorder data-testid="stats-tile-victims">
            <Text c="dimmed" size="sm">{t('stats.tile_victims')}</Text>
            <Title order={2}>{fig(shown.totals.victims)}</Title>
          </Card>
          <Card withBorder data-testid="stats-tile-women-children">
            <Text c="dimmed" size="sm">{t('stats.tile_women_children')}</Text>
            <Title order={2}>{fig(shown.totals.women_and_children)}</Title>
          </Card>
        </SimpleGrid>
      )}
      <Text size="xs" c="dimmed">{t('stats.counting_note')}</Text>
      <Card withBorder>
        <Title order={4}>{t('stats.chart_title')}</Title>
        {!monthly.data ? (
          <LoadState loading={monthly.loading} error={monthly.error} />
        ) : series.months.length === 0 ? (
          <Text c="dimmed" data-testid="stats-chart-empty">{t('stats.no_data')}</Text>
        ) : (
          <ReactECharts option={chart} style={{ height: 320 }} notMerge data-testid="stats-chart" />
        )}
      </Card>
      <Card withBorder>
        <Group justify="space-between">
          <Title order={4}>{t('stats.table_title')}</Title>
          {exportUrl && (
            <Group gap="xs">
              <Button component="a" variant="light" size="xs" href={exportUrl('csv', scoped(statsQuery({ ...filters, province: '' }, 'province')))} data-testid="stats-export-csv">
                {t('stats.export_csv')}
              </Button>
              <Button component="a" variant="light" size="xs" href={exportUrl('xlsx', scoped(statsQuery({ ...filters, province: '' }, 'province')))} data-testid="stats-export-xlsx">
                {t('stats.export_xlsx')}
              </Button>
            </Group>
          )}
        </Group>
        {!byProvince.data ? (
          <LoadState loading={byProvince.loading} error={byProvince.error} />
        ) : provinces.length === 0 ? (
          <Text c="dimmed">{t('stats.no_data')}</Text>
        ) : (
          <Table striped data-testid="stats-province-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('stats.col_province')}</Table.Th>
                <Table.Th>{t('stats.col_cases')}</Table.Th>
                <Table.Th>{t('stats.col_victims')}</Table.Th>
                {!publicView && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {provinces.map((r) => (
                <Table.Tr key={r.code ?? 'unknown'} data-testid={`stats-province-${r.code ?? 'unknown'}`}>
                  <Table.Td>{r.code ? `${r.name} (${r.code})` : t('stats.unknown_province')}</Table.Td>
                  <Table.Td>{fig(r.cases)}</Table.Td>
                  <Table.Td>{fig(r.victims)}</Table.Td>
                  {!publicView && (
                    <Table.Td>
                      {r.code && (
                        <Anchor component={Link} to={caseListLink(filters, r.code)} size="sm" data-testid={`stats-drill-${r.code}`}>
                          {t('stats.see_cases')}
                        </Anchor>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
