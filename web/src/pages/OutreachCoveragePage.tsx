import { Badge, Card, Group, List, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { outreachApi } from '../api/outreach';
import { LoadState } from '../components/common/LoadError';
import { RegionLevelSelect } from '../components/common/RegionLevelSelect';
import { useAsync } from '../hooks/useAsync';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../lib/format';
import { coverageColor, coverageMark, gapList } from '../lib/outreach';

/** /outreach/coverage: per regency of a province, outreach against departures; the gaps highlighted. */
export function OutreachCoveragePage() {
  const { t, lang } = useI18n();
  const [province, setProvince] = useState('61');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { data, loading, error } = useAsync(
    async () => (province ? outreachApi.coverage(province, from || undefined, to || undefined).then((r) => r.data) : null),
    [province, from, to],
  );
  const gaps = data ? gapList(data.regencies) : [];
  return (
    <Stack data-testid="outreach-coverage-page">
      <Title order={2}>{t('outreach.coverage')}</Title>
      <Text c="dimmed" size="sm">
        {t('outreach.coverage_intro')}
      </Text>
      <Card withBorder>
        <Group grow align="flex-end">
          <RegionLevelSelect label={t('region.province')} value={province} onChange={setProvince} testId="coverage-province" />
          <TextInput type="date" label={t('outreach.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} data-testid="coverage-from" />
          <TextInput type="date" label={t('outreach.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} data-testid="coverage-to" />
        </Group>
      </Card>
      {!data ? (
        <LoadState loading={loading} error={error} />
      ) : (
        <>
          <Text size="sm" data-testid="coverage-period">
            {t('outreach.coverage_period', {
              from: formatDate(data.from, lang),
              to: formatDate(data.to, lang),
              departures_from: formatDate(data.departures_from, lang),
              threshold: data.high_departure_threshold,
            })}
          </Text>
          <Card withBorder data-testid="coverage-gaps">
            <Title order={4} mb="xs">
              {t('outreach.gap_list')}
            </Title>
            {gaps.length === 0 ? (
              <Text c="dimmed">{t('outreach.no_gaps')}</Text>
            ) : (
              <List>
                {gaps.map((g) => (
                  <List.Item key={g.regency_code} data-testid="coverage-gap">
                    {g.name} ({g.regency_code}): {t('outreach.departures_n', { n: g.departures })}
                  </List.Item>
                ))}
              </List>
            )}
          </Card>
          <Card withBorder>
            <Table data-testid="coverage-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('outreach.regency')}</Table.Th>
                  <Table.Th>{t('outreach.events')}</Table.Th>
                  <Table.Th>{t('outreach.participants')}</Table.Th>
                  <Table.Th>{t('outreach.departures')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.regencies.map((r) => {
                  const mark = coverageMark(r);
                  return (
                    <Table.Tr key={r.regency_code} style={{ background: coverageColor(mark) }} data-testid="coverage-row" data-mark={mark}>
                      <Table.Td>
                        {r.name} ({r.regency_code})
                      </Table.Td>
                      <Table.Td>{r.events}</Table.Td>
                      <Table.Td>{r.participants}</Table.Td>
                      <Table.Td>{r.departures}</Table.Td>
                      <Table.Td>
                        {mark === 'gap' && <Badge color="red">{t('outreach.mark_gap')}</Badge>}
                        {mark === 'high' && <Badge color="yellow">{t('outreach.mark_high')}</Badge>}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Card>
        </>
      )}
    </Stack>
  );
}
