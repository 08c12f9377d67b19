import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { directoryApi } from '../../api/directory';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { combineSuggestions, countryName, isCountryCode, type Suggestion } from '../../lib/directory';
import { LoadState } from '../common/LoadError';
import { RegionName } from '../common/RegionName';

interface Props {
  /** The services chosen in the referral form (codes of layanan_kasus). */
  services: string[];
  /** Where the case happened (a region code or a country); null when the case does not say. */
  region: string | null;
  ownAgencyId: string | undefined;
  onPick: (agencyId: string) => void;
}

const LEVEL_KEY: Record<Suggestion['level'], MessageKey> = {
  REGENCY: 'directory.level_regency',
  PROVINCE: 'directory.level_province',
  COUNTRY: 'directory.level_country',
  NATIONAL: 'directory.level_national',
};

/**
 * "Sarankan penerima": asks the service directory which agencies offer the chosen services where the case happened
 * (GET /directory/services, nearest first) and offers them as the receiver.
 */
export function ReceiverSuggestions({ services, region, ownAgencyId, onPick }: Props) {
  const { t, lang } = useI18n();
  const serviceLabel = useCodeLabel('layanan_kasus');
  const [state, setState] = useState<{ loading: boolean; error: unknown; items: Suggestion[] | null }>({
    loading: false,
    error: null,
    items: null,
  });
  const suggest = async () => {
    if (!region) return;
    setState({ loading: true, error: null, items: null });
    try {
      const answers = await Promise.all(
        services.map(async (service) => ({ service, matches: (await directoryApi.searchServices(service, region)).data.items })),
      );
      setState({ loading: false, error: null, items: combineSuggestions(answers, ownAgencyId) });
    } catch (e) {
      setState({ loading: false, error: e, items: null });
    }
  };
  const hint = !region ? t('directory.suggest_no_region') : services.length === 0 ? t('directory.suggest_no_services') : null;
  return (
    <Stack gap="xs" data-testid="refer-suggestions">
      <Group gap="sm">
        <Button
          size="xs"
          variant="light"
          onClick={() => void suggest()}
          disabled={hint !== null}
          loading={state.loading}
          data-testid="refer-suggest"
        >
          {t('directory.suggest')}
        </Button>
        {hint ? (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        ) : (
          region && (
            <Text size="xs" c="dimmed">
              {t('directory.suggest_for')} {isCountryCode(region) ? countryName(region, lang) : <RegionName code={region} />}
            </Text>
          )
        )}
      </Group>
      <LoadState loading={false} error={state.error} />
      {state.items && state.items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="refer-suggestions-empty">
          {t('directory.suggest_none')}
        </Text>
      )}
      {state.items?.map((s) => (
        <Card key={s.agency.id} withBorder padding="xs" data-testid="refer-suggestion" data-agency-id={s.agency.id}>
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={500} size="sm">
                  {s.agency.name}
                </Text>
                <Badge size="xs" variant="outline">
                  {t(LEVEL_KEY[s.level])}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {s.services.map(serviceLabel).join(', ')}
                {s.agency.contact.phone && ` · ${s.agency.contact.phone}`}
              </Text>
            </Stack>
            <Button size="xs" onClick={() => onPick(s.agency.id)} data-testid="refer-suggestion-pick">
              {t('directory.suggest_pick')}
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
