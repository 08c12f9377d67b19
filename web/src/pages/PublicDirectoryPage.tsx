import { Anchor, Container, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { directoryApi } from '../api/directory';
import type { PublicCodeLabel } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { LoadState } from '../components/common/LoadError';
import { DirectoryAgencyCard } from '../components/directory/DirectoryAgencyCard';
import { LanguageSwitch } from '../components/layout/LanguageSwitch';
import { useAsync } from '../hooks/useAsync';
import { useI18n } from '../i18n/i18n';
import { countryName, filterDirectory, isCountryCode } from '../lib/directory';

/**
 * /direktori: the public, read-only service directory, reachable without signing in (GET /api/v1/public/directory).
 * Only agencies whose entry is public, with office contacts; no case data. The code lists and regions need a session,
 * so their labels come with the answer.
 */
export function PublicDirectoryPage() {
  const { t, label, lang } = useI18n();
  const { status } = useAuth();
  const { data, loading, error } = useAsync(() => directoryApi.publicDirectory(), []);
  const [service, setService] = useState('');
  const [region, setRegion] = useState('');
  const [text, setText] = useState('');
  const labels = data?.labels;
  const codeLabel = (map: Record<string, PublicCodeLabel> | undefined, code: string) => label(map?.[code], code);
  const areaLabel = (code: string) =>
    isCountryCode(code) ? countryName(code, lang) : labels?.regions[code] ? `${labels.regions[code]} (${code})` : code;
  const items = filterDirectory(data?.items ?? [], { service, region, text });
  const serviceOptions = Object.keys(labels?.services ?? {})
    .map((code) => ({ value: code, label: codeLabel(labels?.services, code) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const regionOptions = Object.entries(labels?.regions ?? {})
    .map(([code, name]) => ({ value: code, label: `${name} (${code})` }))
    .sort((a, b) => a.value.localeCompare(b.value));
  return (
    <Container size="lg" py="md" data-testid="public-directory-page">
      <Stack>
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={2} c="teal.8">
              Sinergi
            </Title>
            <Text c="dimmed">{t('directory.public_title')}</Text>
          </Group>
          <Group gap="sm">
            <LanguageSwitch />
            <Anchor component={Link} to={status === 'signed_in' ? '/directory' : '/masuk'} data-testid="public-directory-signin">
              {status === 'signed_in' ? t('directory.back_to_app') : t('signin.title')}
            </Anchor>
          </Group>
        </Group>
        <Text size="sm">{t('directory.public_intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('directory.filter_service')}
            data={[{ value: '', label: t('directory.all_services') }, ...serviceOptions]}
            value={service}
            onChange={(e) => setService(e.currentTarget.value)}
            data-testid="public-directory-filter-service"
          />
          <NativeSelect
            label={t('directory.filter_region')}
            data={[{ value: '', label: t('directory.all_regions') }, ...regionOptions]}
            value={region}
            onChange={(e) => setRegion(e.currentTarget.value)}
            data-testid="public-directory-filter-region"
          />
          <TextInput
            label={t('directory.filter_text')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            data-testid="public-directory-filter-text"
          />
        </SimpleGrid>
        {!data ? (
          <LoadState loading={loading} error={error} />
        ) : items.length === 0 ? (
          <Text c="dimmed" data-testid="directory-empty">
            {t('directory.empty')}
          </Text>
        ) : (
          <Stack data-testid="public-directory-list">
            {items.map((a) => (
              <DirectoryAgencyCard
                key={a.code}
                agency={a}
                typeLabel={codeLabel(labels?.agency_types, a.type)}
                serviceLabel={(code) => codeLabel(labels?.services, code)}
                areaLabel={areaLabel}
                testId="public-directory-agency"
              />
            ))}
          </Stack>
        )}
        <Text size="xs" c="dimmed">
          {t('directory.public_footer')}
        </Text>
      </Stack>
    </Container>
  );
}
