import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Person } from '../../api/types';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { MaskedValue } from './MaskedValue';
import { NikInfoPanel } from './NikInfoPanel';

function Field({
  label,
  children,
  testId,
  masked,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
  /** The API field name when it is withheld (shown as "Confidential"). */
  masked?: string;
}) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {masked ? (
        <MaskedValue field={masked} />
      ) : (
        <Text size="sm" data-testid={testId}>
          {children || '—'}
        </Text>
      )}
    </div>
  );
}

export function IdentityCard({ person }: { person: Person }) {
  const { t, lang } = useI18n();
  const sex = useCodeLabel('jenis_kelamin');
  const marital = useCodeLabel('status_perkawinan');
  const education = useCodeLabel('pendidikan');
  const status = useCodeLabel('status_pmi');
  const masked = new Set<string>(person.masked_fields ?? []);
  const m = (field: string) => (masked.has(field) ? field : undefined);
  const addressMasked = masked.has('address_line') || masked.has('address_region_code');
  return (
    <Card withBorder data-testid="identity-card">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('profile.identity')}</Title>
        <Group gap="xs">
          {person.protected_identity && (
            <Badge size="lg" color="orange" variant="light" data-testid="person-protected-badge">
              🔒 {t('person.protected_identity')}
            </Badge>
          )}
          {person.pmi_status && (
            <Badge size="lg" variant="light" data-testid="person-pmi-status">
              {status(person.pmi_status)}
            </Badge>
          )}
        </Group>
      </Group>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <Field label={t('person.full_name')}>{person.full_name}</Field>
          <Field label={t('person.aliases')} testId="person-aliases">
            {person.aliases.join(', ')}
          </Field>
          <Field label={t('person.nik')} testId="person-nik">
            {person.nik}
          </Field>
          <Field label={t('person.passport_number')} masked={m('passport_number')}>
            {person.passport_number}
          </Field>
          <Field label={t('person.sex')} testId="person-sex">
            {person.sex ? sex(person.sex) : ''}
          </Field>
          <Field label={t('person.birth_date')}>{person.birth_date ? formatDate(person.birth_date, lang) : ''}</Field>
          <Field label={t('person.birth_place')} masked={m('birth_place')}>{person.birth_place}</Field>
          <Field label={t('person.phone')} masked={m('phone')}>{person.phone}</Field>
          <Field label={t('person.marital_status')}>{person.marital_status ? marital(person.marital_status) : ''}</Field>
          <Field label={t('person.education')}>{person.education ? education(person.education) : ''}</Field>
          <Field label={t('person.skills')}>{person.skills.join(', ')}</Field>
          <Field label={t('person.address')} masked={addressMasked ? 'address' : undefined}>
            {[person.address_line, person.address_region?.name].filter(Boolean).join(', ')}
          </Field>
        </SimpleGrid>
        {person.nik && <NikInfoPanel nik={person.nik} />}
      </Stack>
    </Card>
  );
}
