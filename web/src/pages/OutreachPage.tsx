import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { outreachApi } from '../api/outreach';
import { useAuth } from '../auth/AuthContext';
import { CodelistSelect } from '../components/common/CodelistSelect';
import { LoadState } from '../components/common/LoadError';
import { LoadMore } from '../components/common/LoadMore';
import { RegionName } from '../components/common/RegionName';
import { useAgencyDirectory } from '../hooks/useAgencyDirectory';
import { useCodeLabel } from '../hooks/useCodelist';
import { usePagedList } from '../hooks/usePagedList';
import { useI18n } from '../i18n/i18n';
import { canWriteCoordination } from '../lib/access';
import { formatDate } from '../lib/format';

/** /outreach: outreach events (sosialisasi), newest first, filtered by period, region and topic. */
export function OutreachPage() {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const directory = useAgencyDirectory();
  const topicLabel = useCodeLabel('topik_sosialisasi');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [region, setRegion] = useState('');
  const [topic, setTopic] = useState('');
  const q = { from: from || undefined, to: to || undefined, region: region.trim() || undefined, topic: topic || undefined };
  const { items, cursor, loading, error, more } = usePagedList(
    (c) => outreachApi.list({ ...q, cursor: c }),
    [q.from, q.to, q.region, q.topic],
  );
  return (
    <Stack data-testid="outreach-page">
      <Group justify="space-between">
        <Title order={2}>{t('outreach.title')}</Title>
        <Group>
          <Button component={Link} to="/outreach/coverage" variant="light" data-testid="outreach-coverage-link">
            {t('outreach.coverage')}
          </Button>
          {canWriteCoordination(me) && (
            <Button component={Link} to="/outreach/new" data-testid="outreach-new">
              {t('outreach.new')}
            </Button>
          )}
        </Group>
      </Group>
      <Text c="dimmed" size="sm">
        {t('outreach.intro')}
      </Text>
      <Card withBorder>
        <Group grow align="flex-end">
          <TextInput type="date" label={t('outreach.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} data-testid="outreach-filter-from" />
          <TextInput type="date" label={t('outreach.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} data-testid="outreach-filter-to" />
          <TextInput label={t('outreach.region_prefix')} placeholder="61.01" value={region} onChange={(e) => setRegion(e.currentTarget.value)} data-testid="outreach-filter-region" />
          <CodelistSelect codelist="topik_sosialisasi" label={t('outreach.topic')} value={topic} onChange={setTopic} testId="outreach-filter-topic" />
        </Group>
      </Card>
      <Card withBorder>
        {items.length === 0 && !loading && !error ? (
          <Text c="dimmed" data-testid="outreach-empty">
            {t('outreach.none')}
          </Text>
        ) : (
          <Table data-testid="outreach-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('outreach.held_on')}</Table.Th>
                <Table.Th>{t('outreach.event_title')}</Table.Th>
                <Table.Th>{t('outreach.region')}</Table.Th>
                <Table.Th>{t('outreach.topics')}</Table.Th>
                <Table.Th>{t('outreach.organiser')}</Table.Th>
                <Table.Th>{t('outreach.participants')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((ev) => (
                <Table.Tr key={ev.id} data-testid="outreach-row">
                  <Table.Td>{formatDate(ev.held_on, lang)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/outreach/${encodeURIComponent(ev.id)}`}>
                      {ev.title}
                    </Anchor>
                    {ev.cancelled && (
                      <Badge color="gray" ml="xs">
                        {t('outreach.cancelled')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <RegionName code={ev.region_code} />
                  </Table.Td>
                  <Table.Td>{ev.topics.map((c) => topicLabel(c)).join(', ')}</Table.Td>
                  <Table.Td>{directory.nameOf(ev.organiser_agency_id) ?? ev.organiser_agency_id}</Table.Td>
                  <Table.Td>{ev.participant_total}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <LoadState loading={loading && items.length === 0} error={error} />
        <LoadMore cursor={cursor} loading={loading} onMore={more} testId="outreach-more" />
      </Card>
    </Stack>
  );
}
