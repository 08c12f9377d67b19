import { ActionIcon, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { personsApi } from '../../api/persons';
import { useAsync } from '../../hooks/useAsync';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { LoadState } from '../common/LoadError';
import { AddFamilyModal } from './AddFamilyModal';

interface Props {
  personId: string;
  rev: number;
  onChanged: () => void;
}

export function FamilySection({ personId, rev, onChanged }: Props) {
  const { t } = useI18n();
  const relation = useCodeLabel('hubungan_keluarga');
  const [adding, setAdding] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const { data, loading, error } = useAsync(() => personsApi.family(personId), [personId, rev]);
  const links = data?.data.items ?? [];

  const remove = async (linkId: string) => {
    if (!window.confirm(t('family.remove_confirm'))) return;
    setRemoveError(null);
    try {
      await personsApi.removeFamily(personId, linkId);
      onChanged();
    } catch (e) {
      setRemoveError((e as Error).message);
    }
  };

  return (
    <Card withBorder data-testid="family-section">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('family.title')}</Title>
        <Button size="xs" variant="light" onClick={() => setAdding(true)} data-testid="family-add">
          {t('family.add')}
        </Button>
      </Group>
      {!data && <LoadState loading={loading} error={error} />}
      {data && links.length === 0 && <Text c="dimmed">{t('family.empty')}</Text>}
      <Stack gap="xs">
        {links.map((l) => (
          <Group key={l.link_id} justify="space-between" data-testid="family-link">
            <Group gap="xs">
              <Badge variant="light">{relation(l.relation)}</Badge>
              <Anchor component={Link} to={`/persons/${l.person.id}`}>
                {l.person.full_name}
              </Anchor>
              {l.person.nik && (
                <Text size="xs" c="dimmed">
                  {l.person.nik}
                </Text>
              )}
            </Group>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('family.remove')}
              title={t('family.remove')}
              onClick={() => remove(l.link_id)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
      </Stack>
      {removeError && (
        <Text c="red" size="sm">
          {removeError}
        </Text>
      )}
      <AddFamilyModal
        opened={adding}
        personId={personId}
        excludeIds={[personId, ...links.map((l) => l.person.id)]}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          onChanged();
        }}
      />
    </Card>
  );
}
