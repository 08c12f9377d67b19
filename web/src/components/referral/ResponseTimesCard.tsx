import { Button, Card, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { referralsApi } from '../../api/referrals';
import type { AgencyDirectory } from '../../hooks/useAgencyDirectory';
import { useAsync } from '../../hooks/useAsync';
import { useI18n } from '../../i18n/i18n';
import { defaultReportRange, formatHours } from '../../lib/referrals';
import { LoadState } from '../common/LoadError';
import { AgencyName } from './AgencyName';

/** Response times per receiving agency over a period (GET /referrals/response-times), shown on demand. */
export function ResponseTimesCard({ directory }: { directory: AgencyDirectory }) {
  const { t, lang } = useI18n();
  const [range, setRange] = useState(() => defaultReportRange(new Date().toISOString().slice(0, 10)));
  const [asked, setAsked] = useState<{ from: string; to: string } | null>(null);
  const { data, loading, error } = useAsync(
    () => (asked ? referralsApi.responseTimes(asked.from, asked.to).then((r) => r.data) : Promise.resolve(null)),
    [asked?.from, asked?.to],
  );
  return (
    <Card withBorder data-testid="referral-response-times">
      <Title order={4} mb="xs">
        {t('referrals.response_times')}
      </Title>
      <Group align="flex-end" mb="sm">
        <TextInput type="date" label={t('referrals.period_from')} value={range.from} onChange={(e) => setRange((r) => ({ ...r, from: e.currentTarget.value }))} data-testid="response-times-from" />
        <TextInput type="date" label={t('referrals.period_to')} value={range.to} onChange={(e) => setRange((r) => ({ ...r, to: e.currentTarget.value }))} data-testid="response-times-to" />
        <Button variant="light" onClick={() => setAsked({ ...range })} disabled={!range.from || !range.to} data-testid="response-times-show">
          {t('referrals.show_report')}
        </Button>
      </Group>
      {asked && !data && <LoadState loading={loading} error={error} />}
      {data && data.items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="response-times-empty">
          {t('referrals.report_empty')}
        </Text>
      )}
      {data && data.items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table data-testid="response-times-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('referral.to_agency')}</Table.Th>
                <Table.Th>{t('referrals.report_count')}</Table.Th>
                <Table.Th>{t('referrals.report_answered')}</Table.Th>
                <Table.Th>{t('referrals.report_completed')}</Table.Th>
                <Table.Th>{t('referrals.report_pending')}</Table.Th>
                <Table.Th>{t('referrals.report_to_answer')}</Table.Th>
                <Table.Th>{t('referrals.report_to_complete')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((x) => (
                <Table.Tr key={x.agency_id} data-testid="response-times-row" data-agency-id={x.agency_id}>
                  <Table.Td>
                    <AgencyName id={x.agency_id} nameOf={directory.nameOf} />
                  </Table.Td>
                  <Table.Td>{x.referrals}</Table.Td>
                  <Table.Td>{x.answered}</Table.Td>
                  <Table.Td>{x.completed}</Table.Td>
                  <Table.Td>{x.pending}</Table.Td>
                  <Table.Td>
                    {formatHours(x.median_hours_to_answer, lang)} / {formatHours(x.p90_hours_to_answer, lang)}
                  </Table.Td>
                  <Table.Td>
                    {formatHours(x.median_hours_to_complete, lang)} / {formatHours(x.p90_hours_to_complete, lang)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('referrals.report_help')}
      </Text>
    </Card>
  );
}
