import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { agenciesApi } from '../../api/admin';
import type { Agency } from '../../api/types';
import { LoadState } from '../../components/common/LoadError';
import { LoadMore } from '../../components/common/LoadMore';
import { RegionName } from '../../components/common/RegionName';
import { useCodeLabel } from '../../hooks/useCodelist';
import { usePagedList } from '../../hooks/usePagedList';
import { useI18n } from '../../i18n/i18n';

/** /admin/agencies: every agency, with links to edit and to its users. */
export function AgenciesPage() {
  const { t } = useI18n();
  const typeLabel = useCodeLabel('jenis_instansi');
  const { items, cursor, loading, error, more } = usePagedList<Agency>((c) => agenciesApi.list(c), []);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('agency.list_title')}</Title>
        <Button component={Link} to="/admin/agencies/new" data-testid="agency-new">
          {t('agency.new')}
        </Button>
      </Group>
      <Card withBorder>
        <Table striped highlightOnHover data-testid="agency-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agency.code')}</Table.Th>
              <Table.Th>{t('agency.name')}</Table.Th>
              <Table.Th>{t('agency.type')}</Table.Th>
              <Table.Th>{t('agency.location')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id} data-testid="agency-row" data-code={a.code}>
                <Table.Td>
                  <Anchor component={Link} to={`/admin/agencies/${a.id}/edit`} data-testid="agency-edit">
                    {a.code}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {a.name}{' '}
                  {a.disabled && (
                    <Badge color="gray" size="sm">
                      {t('common.disabled')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{typeLabel(a.type)}</Table.Td>
                <Table.Td>{a.country ? a.country : <RegionName code={a.region_code} />}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/admin/users?agency_id=${encodeURIComponent(a.id)}`} size="sm">
                    {t('agency.users')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!loading && !error && items.length === 0 && (
          <Text c="dimmed" mt="sm">
            {t('agency.empty')}
          </Text>
        )}
        <LoadState loading={loading && items.length === 0} error={error} />
        <LoadMore cursor={cursor} loading={loading} onMore={more} testId="agency-list-more" />
      </Card>
    </Stack>
  );
}
