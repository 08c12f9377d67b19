import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Case } from '../../api/types';
import { useCodeLabel, useCountries } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { RegionName } from '../common/RegionName';
import { MaskedValue } from '../person/MaskedValue';

function Field({ label, children, testId, masked }: { label: string; children: ReactNode; testId: string; masked?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {masked ? (
        <MaskedValue field={testId.replace(/^case-/, '')} />
      ) : (
        <Text size="sm" data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
          {children || '—'}
        </Text>
      )}
    </div>
  );
}

/** The case data as recorded at intake (and edited since); sensitive fields withheld by the policy are shown masked. */
export function CaseDetailsCard({ kase: c }: { kase: Case }) {
  const { t, lang } = useI18n();
  const channel = useCodeLabel('saluran_pengaduan');
  const act = useCodeLabel('tindakan_kekerasan');
  const place = useCodeLabel('tempat_kejadian');
  const problem = useCodeLabel('masalah_pmi');
  const countries = useCountries();
  const country = countries.find((x) => x.alpha2 === c.occurrence_country);
  const masked = new Set<string>(c.masked_fields);
  const codes = (list: string[], label: (code: string) => string) => list.map(label).join(', ');
  return (
    <Card withBorder data-testid="case-details">
      <Title order={4} mb="sm">
        {t('case.details')}
      </Title>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Field label={t('case.intake_channel')} testId="case-intake-channel-value">
            {channel(c.intake_channel)}
          </Field>
          <Field label={t('case.reported_on')} testId="case-reported-on-value">
            {formatDate(c.reported_on, lang)}
          </Field>
          <Field label={t('case.occurred_on')} testId="case-occurred-on-value">
            {c.occurred_on ? formatDate(c.occurred_on, lang) : ''}
          </Field>
          <Field label={t('case.occurrence_country')} testId="case-country-value">
            {c.occurrence_country ? (country ? (lang === 'id' ? country.name_id : country.name_en) : c.occurrence_country) : ''}
          </Field>
          {c.occurrence_region_code && (
            <Field label={t('case.occurrence_region')} testId="case-region-value">
              <RegionName code={c.occurrence_region_code} />
            </Field>
          )}
          <Field label={t('case.places')} testId="case-places-value">
            {codes(c.places, place)}
          </Field>
          <Field label={t('case.violence_acts')} testId="case-violence-acts-value">
            {codes(c.violence_acts, act)}
          </Field>
          <Field label={t('case.pmi_problems')} testId="case-pmi-problems-value">
            {codes(c.pmi_problems, problem)}
          </Field>
        </SimpleGrid>
        <Field label={t('case.summary')} testId="case-summary" masked={masked.has('summary')}>
          {c.summary}
        </Field>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label={t('case.reporter_name')} testId="case-reporter_name" masked={masked.has('reporter_name')}>
            {c.reporter_name}
          </Field>
          <Field label={t('case.reporter_contact')} testId="case-reporter_contact" masked={masked.has('reporter_contact')}>
            {c.reporter_contact}
          </Field>
          <div>
            <Text size="xs" c="dimmed">
              {t('case.reporter_confidential')}
            </Text>
            {c.reporter_confidential ? (
              <Badge color="orange" variant="light" data-testid="case-reporter-confidential-badge">
                🔒 {t('case.reporter_confidential_yes')}
              </Badge>
            ) : (
              <Text size="sm">{t('case.no')}</Text>
            )}
          </div>
        </SimpleGrid>
        {(c.victim_wants_return || c.return_assessed_safe) && (
          <Group gap="xs">
            {c.victim_wants_return && <Badge variant="light">{t('case.victim_wants_return')}</Badge>}
            {c.return_assessed_safe && <Badge variant="light">{t('case.return_assessed_safe')}</Badge>}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
