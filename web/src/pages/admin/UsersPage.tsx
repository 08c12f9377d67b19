import { Anchor, Badge, Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { usersApi } from '../../api/admin';
import type { User } from '../../api/types';
import { LoadState } from '../../components/common/LoadError';
import { LoadMore } from '../../components/common/LoadMore';
import { useAgencies } from '../../hooks/useAgencies';
import { useCodeLabel } from '../../hooks/useCodelist';
import { usePagedList } from '../../hooks/usePagedList';
import { useI18n } from '../../i18n/i18n';

/** /admin/users?agency_id=: the users, optionally of one agency. */
export function UsersPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const agencyId = params.get('agency_id') ?? '';
  const { agencies } = useAgencies();
  const roleLabel = useCodeLabel('peran');
  const scopeLabel = useCodeLabel('lingkup_akses');
  const { items, cursor, loading, error, more } = usePagedList<User>((c) => usersApi.list(agencyId || null, c), [agencyId]);
  const agencyName = (id: string) => agencies.find((a) => a.id === id)?.name ?? id;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('user.list_title')}</Title>
        <Button component={Link} to="/admin/users/new" data-testid="user-new">
          {t('user.new')}
        </Button>
      </Group>
      <Card withBorder>
        <NativeSelect
          label={t('user.filter_agency')}
          maw={420}
          mb="sm"
          value={agencyId}
          onChange={(e) => setParams(e.currentTarget.value ? { agency_id: e.currentTarget.value } : {})}
          data={[{ value: '', label: t('user.all_agencies') }, ...agencies.map((a) => ({ value: a.id, label: a.name }))]}
          data-testid="user-filter-agency"
        />
        <Table striped highlightOnHover data-testid="user-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('user.username')}</Table.Th>
              <Table.Th>{t('user.display_name')}</Table.Th>
              <Table.Th>{t('user.agency')}</Table.Th>
              <Table.Th>{t('user.roles')}</Table.Th>
              <Table.Th>{t('user.scope')}</Table.Th>
              <Table.Th>{t('user.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((u) => (
              <Table.Tr key={u.id} data-testid="user-row" data-username={u.username}>
                <Table.Td>
                  <Anchor component={Link} to={`/admin/users/${u.id}/edit`} data-testid="user-edit">
                    {u.username}
                  </Anchor>
                </Table.Td>
                <Table.Td>{u.display_name}</Table.Td>
                <Table.Td>{agencyName(u.agency_id)}</Table.Td>
                <Table.Td>{u.roles.map(roleLabel).join(', ')}</Table.Td>
                <Table.Td>{scopeLabel(u.scope)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {u.disabled && <Badge color="gray" size="sm">{t('common.disabled')}</Badge>}
                    {u.totp_enabled && <Badge color="teal" size="sm">{t('user.totp_on')}</Badge>}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!loading && !error && items.length === 0 && (
          <Text c="dimmed" mt="sm">
            {t('user.empty')}
          </Text>
        )}
        <LoadState loading={loading && items.length === 0} error={error} />
        <LoadMore cursor={cursor} loading={loading} onMore={more} testId="user-list-more" />
      </Card>
    </Stack>
  );
}
