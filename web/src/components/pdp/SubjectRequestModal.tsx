import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { subjectRequestsApi } from '../../api/pdp';
import type { DataSubjectRequest } from '../../api/types';
import { useCodelist } from '../../hooks/useCodelist';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { IdempotencyKeeper } from '../../lib/idempotency';
import {
  MAX_NOTE_LENGTH,
  REQUEST_KINDS,
  dueAtOf,
  localDateTimeToIso,
  newRequestValues,
  requestBody,
  type RequestFormValues,
} from '../../lib/pdp';
import { CodelistSelect } from '../common/CodelistSelect';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';

const FIELDS = ['kind', 'channel', 'received_at', 'note'] as const;

/** POST /persons/{id}/data-subject-requests: logs a request; it is due 3 x 24 h after it was received. */
export function SubjectRequestModal({
  personId,
  opened,
  onClose,
  onLodged,
}: {
  personId: string;
  opened: boolean;
  onClose: () => void;
  onLodged: (request: DataSubjectRequest) => void;
}) {
  const { t, lang, label } = useI18n();
  const rights = useCodelist('hak_subjek');
  const [v, setV] = useState<RequestFormValues>(newRequestValues);
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);
  const keeper = useRef(new IdempotencyKeeper());
  const set = (k: keyof RequestFormValues) => (value: string) => setV((s) => ({ ...s, [k]: value }));
  const kinds = rights.filter((i) => (REQUEST_KINDS as readonly string[]).includes(i.code));
  const received = localDateTimeToIso(v.received_at) ?? new Date().toISOString();

  const close = () => {
    setV(newRequestValues());
    clear();
    onClose();
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    const body = requestBody(v);
    try {
      const res = await subjectRequestsApi.create(personId, body, keeper.current.keyFor(body));
      keeper.current.reset();
      setV(newRequestValues());
      onLodged(res.data);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t('dsr.add')} size="lg" data-testid="request-modal">
      <form onSubmit={submit} noValidate data-testid="request-form">
        <Stack>
          <Text size="sm" c="dimmed">
            {t('dsr.intro')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('dsr.kind')}
              data={[{ value: '', label: t('common.choose') }, ...kinds.map((i) => ({ value: i.code, label: label(i) }))]}
              value={v.kind}
              onChange={(e) => set('kind')(e.currentTarget.value)}
              error={fieldError('kind')}
              required
              data-testid="request-kind-select"
            />
            <CodelistSelect
              codelist="saluran_permohonan"
              label={t('dsr.channel')}
              value={v.channel}
              onChange={set('channel')}
              error={fieldError('channel')}
              required
              testId="request-channel-select"
            />
          </SimpleGrid>
          <TextInput
            type="datetime-local"
            label={t('dsr.received_at')}
            description={t('dsr.received_at_help')}
            value={v.received_at}
            onChange={(e) => set('received_at')(e.currentTarget.value)}
            error={fieldError('received_at')}
            data-testid="request-received-at"
          />
          <Text size="sm" fw={500} data-testid="request-due-preview">
            {t('dsr.due_preview', { time: formatDate(dueAtOf(received), lang) })}
          </Text>
          <Textarea
            label={t('dsr.note')}
            value={v.note}
            onChange={(e) => set('note')(e.currentTarget.value)}
            error={fieldError('note')}
            maxLength={MAX_NOTE_LENGTH}
            minRows={2}
            autosize
            data-testid="request-note"
          />
          <GeneralErrorAlert errors={errors} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!v.kind || !v.channel} data-testid="request-submit">
              {t('dsr.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
