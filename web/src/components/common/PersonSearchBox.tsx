import { Badge, Group, Loader, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { personsApi } from '../../api/persons';
import type { SearchHit } from '../../api/types';
import { useI18n } from '../../i18n/i18n';

interface Props {
  onSelect: (hit: SearchHit) => void;
  /** Leave these persons out of the results (e.g. the profile's own person). */
  excludeIds?: string[];
  testId?: string;
  autoFocus?: boolean;
}

/** Type-ahead over GET /persons/search (NIK, passport or fuzzy name), debounced. */
export function PersonSearchBox({ onSelect, excludeIds = [], testId = 'person-search', autoFocus }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (debounced.length < 2) {
      setHits([]);
      return;
    }
    const ctrl = new AbortController();
    setLoading(true);
    setFailed(false);
    personsApi
      .search(debounced, 10, ctrl.signal)
      .then((r) => setHits(r.data.items))
      .catch((e: Error) => e.name !== 'AbortError' && setFailed(true))
      .finally(() => !ctrl.signal.aborted && setLoading(false));
    return () => ctrl.abort();
  }, [debounced]);

  const shown = hits.filter((h) => !excludeIds.includes(h.person.id));
  return (
    <Stack gap={4}>
      <TextInput
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        rightSection={loading ? <Loader size="xs" /> : null}
        data-testid={`${testId}-input`}
        autoFocus={autoFocus}
      />
      {failed && <Text size="sm" c="red">{t('search.failed')}</Text>}
      {debounced.length >= 2 && !loading && !failed && shown.length === 0 && (
        <Text size="sm" c="dimmed" data-testid={`${testId}-empty`}>
          {t('search.no_results')}
        </Text>
      )}
      {shown.length > 0 && (
        <Paper withBorder p={4} data-testid={`${testId}-results`}>
          {shown.map((h) => (
            <UnstyledButton
              key={h.person.id}
              onClick={() => onSelect(h)}
              w="100%"
              p="xs"
              data-testid={`${testId}-result`}
              style={{ borderRadius: 6 }}
            >
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text fw={500}>{h.person.full_name}</Text>
                  <Text size="xs" c="dimmed">
                    {[h.person.nik, h.person.birth_date, h.person.address_region?.name].filter(Boolean).join(' · ')}
                  </Text>
                </div>
                <Badge variant="light" size="sm">
                  {t('search.matched_on', { field: h.matched_on })}
                </Badge>
              </Group>
            </UnstyledButton>
          ))}
        </Paper>
      )}
    </Stack>
  );
}
