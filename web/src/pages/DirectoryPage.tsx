import { Anchor, Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { directoryApi } from '../api/directory';
import { useAuth } from '../auth/AuthContext';
import { LoadState } from '../components/common/LoadError';
import { RegionLevelSelect } from '../components/common/RegionLevelSelect';
import { RegionName } from '../components/common/RegionName';
import { DirectoryAgencyCard } from '../components/directory/DirectoryAgencyCard';
import { useAsync } from '../hooks/useAsync';
import { useCodeLabel, useCodelistOptions } from '../hooks/useCodelist';
import { useI18n } from '../i18n/i18n';
import { canEditDirectoryEntry, countryName, filterDirectory, isCountryCode } from '../lib/directory';

/**
 * /directory, "Direktori layanan": every enabled agency with its services, the regions it serves them in, its office
 * contact and hours, filtered by service and region; supervisors edit their own agency's entry, administrators any.
 */
export function DirectoryPage() {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const { data, loading, error } = useAsync(() => directoryApi.list(), []);
  const serviceLabel = useCodeLabel('layanan_kasus');
  const serviceOptions = useCodelistOptions('layanan_kasus');
  const typeLabel = useCodeLabel('jenis_instansi');
  const [service, setService] = useState('');
  const [province, setProvince] = useState('');
  const [regency, setRegency] = useState('');
  const [text, setText] = useState('');
  const region = regency || province;
  const shown = filterDirectory(data ?? [], { service, region, text });
  const areaLabel = (code: string) => (isCountryCode(code) ? countryName(code, lang) : <RegionName code={code} />);
  const ownId = me?.agency.id;
  return (
    <Stack data-testid="directory-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('directory.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('directory.intro')}
          </Text>
        </div>
        <Group>
          {ownId && canEditDirectoryEntry(me, ownId) && (
            <Button component={Link} to={`/directory/${ownId}/edit`} data-testid="directory-edit-own">
              {t('directory.edit_own')}
            </Button>
          )}
          <Anchor component={Link} to="/direktori" size="sm" data-testid="directory-public-link">
            {t('directory.public_link')}
          </Anchor>
        </Group>
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <NativeSelect
            label={t('directory.filter_service')}
            data={[{ value: '', label: t('directory.all_services') }, ...serviceOptions]}
            value={service}
            onChange={(e) => setService(e.currentTarget.value)}
            data-testid="directory-filter-service"
          />
          <RegionLevelSelect
            label={t('directory.filter_province')}
            value={province}
            onChange={(c) => {
              setProvince(c);
              setRegency('');
            }}
            testId="directory-filter-province"
          />
          {province ? (
            <RegionLevelSelect
              key={province}
              label={t('directory.filter_regency')}
              parent={province}
              value={regency}
              onChange={setRegency}
              testId="directory-filter-regency"
            />
          ) : (
            <div />
          )}
          <TextInput
            label={t('directory.filter_text')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            data-testid="directory-filter-text"
          />
        </SimpleGrid>
      </Card>
      {!data ? (
        <LoadState loading={loading} error={error} />
      ) : shown.length === 0 ? (
        <Text c="dimmed" data-testid="directory-empty">
          {t('directory.empty')}
        </Text>
      ) : (
        <Stack data-testid="directory-list">
          {shown.map((a) => (
            <DirectoryAgencyCard
              key={a.id}
              agency={a}
              typeLabel={typeLabel(a.type)}
              serviceLabel={serviceLabel}
              areaLabel={areaLabel}
              testId="directory-agency"
              badges={
                a.public ? (
                  <Badge size="sm" variant="outline" data-testid="directory-public-badge">
                    {t('directory.public_badge')}
                  </Badge>
                ) : undefined
              }
              actions={
                canEditDirectoryEntry(me, a.id) ? (
                  <Button
                    size="xs"
                    variant="light"
                    component={Link}
                    to={`/directory/${a.id}/edit`}
                    data-testid="directory-edit"
                  >
                    {t('action.edit')}
                  </Button>
                ) : undefined
              }
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
