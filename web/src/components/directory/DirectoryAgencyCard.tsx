import { Anchor, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { DirectoryContact, ServiceOffering } from '../../api/types';
import { useI18n } from '../../i18n/i18n';

/** What both directories (signed-in and public) show of an agency. */
export interface DirectoryCardAgency {
  code: string;
  name: string;
  type: string;
  region_code: string | null;
  country: string | null;
  services: ServiceOffering[];
  contact: DirectoryContact;
  opening_hours: string | null;
}

interface Props {
  agency: DirectoryCardAgency;
  typeLabel: string;
  serviceLabel: (code: string) => string;
  /** The name of a region code or an alpha-2 country. */
  areaLabel: (code: string) => ReactNode;
  /** Extra badges next to the name (e.g. "public"). */
  badges?: ReactNode;
  /** Buttons (e.g. "edit"). */
  actions?: ReactNode;
  testId: string;
}

/** One agency of the directory: its services with where and notes, the office contact and opening hours. */
export function DirectoryAgencyCard({ agency, typeLabel, serviceLabel, areaLabel, badges, actions, testId }: Props) {
  const { t } = useI18n();
  const own = agency.region_code ?? agency.country;
  const area = (s: ServiceOffering) =>
    s.regions_served.length > 0 ? (
      s.regions_served.map((c, i) => (
        <span key={c}>
          {i > 0 && ', '}
          {areaLabel(c)}
        </span>
      ))
    ) : own ? (
      <>
        {areaLabel(own)} <Text span size="xs" c="dimmed">({t('directory.own_area')})</Text>
      </>
    ) : (
      t('directory.national')
    );
  const c = agency.contact;
  return (
    <Card withBorder data-testid={testId} data-code={agency.code}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Group gap="xs">
              <Title order={4}>{agency.name}</Title>
              {badges}
            </Group>
            <Text size="sm" c="dimmed">
              {typeLabel} · {agency.code}
              {own && <> · {areaLabel(own)}</>}
            </Text>
          </div>
          {actions}
        </Group>
        {agency.services.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="directory-no-services">
            {t('directory.no_services')}
          </Text>
        ) : (
          <Table withRowBorders={false} verticalSpacing={4} data-testid="directory-services">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('directory.service')}</Table.Th>
                <Table.Th>{t('directory.regions_served')}</Table.Th>
                <Table.Th>{t('directory.notes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agency.services.map((s) => (
                <Table.Tr key={s.service} data-testid="directory-service" data-service={s.service}>
                  <Table.Td>
                    <Text size="sm" fw={500} c="teal.8">
                      {serviceLabel(s.service)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{area(s)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{s.notes ?? '—'}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <List size="sm" spacing={2} data-testid="directory-contact">
          {c.name && <List.Item>{c.name}</List.Item>}
          {c.phone && (
            <List.Item>
              {t('directory.phone')}: <Anchor inherit href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</Anchor>
            </List.Item>
          )}
          {c.email && (
            <List.Item>
              {t('directory.email')}: <Anchor inherit href={`mailto:${c.email}`}>{c.email}</Anchor>
            </List.Item>
          )}
          {c.address && (
            <List.Item>
              {t('directory.address')}: {c.address}
            </List.Item>
          )}
          {agency.opening_hours && (
            <List.Item data-testid="directory-hours">
              {t('directory.opening_hours')}: {agency.opening_hours}
            </List.Item>
          )}
        </List>
      </Stack>
    </Card>
  );
}
