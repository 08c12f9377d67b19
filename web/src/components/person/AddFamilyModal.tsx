import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { personsApi } from '../../api/persons';
import type { Person } from '../../api/types';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { IdempotencyKeeper } from '../../lib/idempotency';
import { CodelistSelect } from '../common/CodelistSelect';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';
import { PersonSearchBox } from '../common/PersonSearchBox';

interface Props {
  opened: boolean;
  personId: string;
  excludeIds: string[];
  onClose: () => void;
  onAdded: () => void;
}

const FIELDS = ['related_person_id', 'relation'] as const;

export function AddFamilyModal({ opened, personId, excludeIds, onClose, onAdded }: Props) {
  const { t } = useI18n();
  const [other, setOther] = useState<Person | null>(null);
  const [relation, setRelation] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);
  const keeper = useRef(new IdempotencyKeeper());

  const close = () => {
    setOther(null);
    setRelation('');
    clear();
    onClose();
  };

  const submit = async () => {
    if (!other) return;
    setBusy(true);
    clear();
    try {
      const key = keeper.current.keyFor({ related_person_id: other.id, relation });
      await personsApi.addFamily(personId, other.id, relation, key);
      keeper.current.reset();
      setOther(null);
      setRelation('');
      onAdded();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('family.add')} size="lg">
      <Stack>
        {other ? (
          <Paper withBorder p="sm">
            <Group justify="space-between">
              <div>
                <Text fw={500} data-testid="family-selected">
                  {other.full_name}
                </Text>
                <Text size="xs" c="dimmed">
                  {other.nik ?? ''}
                </Text>
              </div>
              <Button size="xs" variant="subtle" onClick={() => setOther(null)}>
                {t('action.change')}
              </Button>
            </Group>
          </Paper>
        ) : (
          <PersonSearchBox testId="family-search" excludeIds={excludeIds} onSelect={(h) => setOther(h.person)} />
        )}
        {fieldError('related_person_id') && (
          <Text c="red" size="sm">
            {fieldError('related_person_id')}
          </Text>
        )}
        <CodelistSelect
          codelist="hubungan_keluarga"
          label={t('family.relation')}
          value={relation}
          onChange={setRelation}
          error={fieldError('relation')}
          required
          testId="family-relation"
        />
        <Text size="xs" c="dimmed">
          {t('family.relation_help')}
        </Text>
        <GeneralErrorAlert errors={errors} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('action.cancel')}
          </Button>
          <Button onClick={submit} loading={busy} disabled={!other || !relation} data-testid="family-submit">
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
