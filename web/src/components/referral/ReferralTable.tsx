import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import type { Referral } from '../../api/types';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { formatHours, responseHours, waitingHours } from '../../lib/referrals';
import { AgencyName } from './AgencyName';
import { EscalatedBadge, ReferralStatusBadge } from './ReferralBadges';

interface Props {
  items: Referral[];
  nameOf: (id: string | null | undefined) => string | null;
  /** Show a link to the case (the referral lists; not on the case page). */
  showCase?: boolean;
  /** Names of the referred persons when known (the case page). */
  personName?: (id: string) => string | null;
}

/** Referrals: status, from and to, services, persons, when sent, how long the answer took. */
export function ReferralTable({ items, nameOf, showCase, personName }: Props) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const serviceLabel = useCodeLabel('layanan_kasus');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover data-testid="referral-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('referral.status')}</Table.Th>
            <Table.Th>{t('referral.from_to')}</Table.Th>
            <Table.Th>{t('referral.services')}</Table.Th>
            <Table.Th>{t('referral.persons')}</Table.Th>
            <Table.Th>{t('referral.sent_at')}</Table.Th>
            <Table.Th>{t('referral.response_time')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => {
            const answered = responseHours(r);
            const waiting = waitingHours(r);
            return (
              <Table.Tr
                key={r.id}
                onClick={() => navigate(`/referrals/${r.id}`)}
                style={{ cursor: 'pointer' }}
                data-testid="referral-row"
                data-referral-id={r.id}
                data-status={r.status}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Stack gap={4} align="flex-start">
                    <ReferralStatusBadge status={r.status} />
                    <EscalatedBadge at={r.escalated_at} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Group gap={4} wrap="nowrap">
                      <AgencyName id={r.from_agency_id} nameOf={nameOf} testId="referral-from" />
                      <Text span size="sm">→</Text>
                      <AgencyName id={r.to_agency_id} nameOf={nameOf} testId="referral-to" />
                    </Group>
                    {showCase && (
                      <Text size="xs" c="dimmed">
                        {t('referral.case')}: {r.case_id}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {r.services.map((s) => (
                      <Badge key={s} variant="outline" size="sm" data-testid="referral-service" data-service={s}>
                        {serviceLabel(s)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td data-testid="referral-persons">
                  {r.masked_fields.includes('person_ids') ? (
                    <Text size="sm" c="dimmed" fs="italic">
                      {t('referral.persons_hidden')}
                    </Text>
                  ) : personName ? (
                    r.person_ids.map((p) => personName(p) ?? p).join(', ')
                  ) : (
                    t('referral.person_count', { count: r.person_ids.length })
                  )}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/referrals/${r.id}`} onClick={(e) => e.stopPropagation()} size="sm" data-testid="referral-link">
                    {formatDate(r.created_at, lang)}
                  </Anchor>
                </Table.Td>
                <Table.Td data-testid="referral-response-time">
                  {answered !== null ? (
                    formatHours(answered, lang)
                  ) : waiting !== null ? (
                    <Text size="sm" c="orange">
                      {t('referral.waiting', { time: formatHours(waiting, lang) })}
                    </Text>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
