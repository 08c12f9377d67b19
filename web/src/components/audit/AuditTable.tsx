import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { AuditEntry } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useI18n } from '../../i18n/i18n';
import { canReadRegistry } from '../../lib/access';
import { formatDate } from '../../lib/format';

const ACTION_COLOR: Record<string, string> = {
  read: 'blue', list: 'blue', create: 'teal', update: 'teal', delete: 'red', login_failed: 'orange',
  break_glass: 'red', permission_change: 'grape', export: 'violet',
};

interface Props {
  items: AuditEntry[];
  /** Leave out the entity columns (a person's own "who viewed" list). */
  compact?: boolean;
  testId?: string;
}

/** Audit entries, newest first: who (user, agency, address), when, what action, on which record. */
export function AuditTable({ items, compact, testId = 'audit-list' }: Props) {
  const { t, tx, lang } = useI18n();
  const { me } = useAuth();
  const who = (id: string) => (me && id === me.id ? t('audit.you', { name: me.display_name }) : id);
  const agency = (id: string) => (me && id === me.agency.id ? me.agency.name : id || '—');
  const entity = (e: AuditEntry) => {
    if (!e.entity_type) return '—';
    const label = `${tx(`audit.entity.${e.entity_type}`, e.entity_type)} ${e.entity_id}`;
    if (e.entity_type === 'person' && e.entity_id && canReadRegistry(me)) {
      return (
        <Anchor component={Link} to={`/persons/${encodeURIComponent(e.entity_id)}`} size="sm">
          {label}
        </Anchor>
      );
    }
    return label;
  };
  const details = (e: AuditEntry) =>
    [
      e.fields?.length ? t('audit.fields', { fields: e.fields.join(', ') }) : '',
      e.record_ids?.length ? t('audit.records', { n: e.record_ids.length }) : '',
      e.detail,
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <Table.ScrollContainer minWidth={compact ? 480 : 900}>
      <Table striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.at')}</Table.Th>
            <Table.Th>{t('audit.actor')}</Table.Th>
            <Table.Th>{t('audit.agency')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            {!compact && <Table.Th>{t('audit.entity')}</Table.Th>}
            {!compact && <Table.Th>{t('audit.ip')}</Table.Th>}
            <Table.Th>{t('audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id} data-testid="audit-row" data-action={e.action}>
              <Table.Td>
                <Text size="sm" title={e.at}>
                  {formatDate(e.at, lang)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff={me && e.actor_id === me.id ? undefined : 'monospace'}>
                  {who(e.actor_id)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{agency(e.agency_id)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={ACTION_COLOR[e.action] ?? 'gray'} size="sm">
                  {tx(`audit.action.${e.action}`, e.action)}
                </Badge>
              </Table.Td>
              {!compact && <Table.Td>{entity(e)}</Table.Td>}
              {!compact && <Table.Td>{e.ip || '—'}</Table.Td>}
              <Table.Td>
                <Text size="xs">{details(e) || '—'}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
