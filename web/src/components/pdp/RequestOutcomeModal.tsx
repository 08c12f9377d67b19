import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { subjectRequestsApi } from '../../api/pdp';
import type { DataSubjectRequest } from '../../api/types';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { MAX_NOTE_LENGTH } from '../../lib/pdp';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';
import type { RequestAction } from './SubjectRequestTable';

const FIELDS = ['outcome_note'] as const;

/** Closes an open request: complete (note optional) or refuse (reason required, UU 27/2022 Ps 33, Ps 15). */
export function RequestOutcomeModal({
  request,
  action,
  onClose,
  onDone,
}: {
  request: DataSubjectRequest;
  action: RequestAction;
  onClose: () => void;
  onDone: (updated: DataSubjectRequest) => void;
}) {
  const { t, lang } = useI18n();
  const kind = useCodeLabel('hak_subjek');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);
  const refuse = action === 'refuse';
  const missing = refuse && note.trim() === '';

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (missing) return;
    setBusy(true);
    clear();
    try {
      const text = note.trim();
      const res = refuse
        ? await subjectRequestsApi.refuse(request.id, text)
        : await subjectRequestsApi.complete(request.id, text || null);
      onDone(res.data);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(refuse ? 'dsr.refuse_title' : 'dsr.complete_title')}
      data-testid="request-outcome-modal"
    >
      <form onSubmit={submit} noValidate data-testid="request-outcome-form">
        <Stack>
          <Text size="sm">
            <b>{kind(request.kind)}</b> · {t('dsr.received')} {formatDate(request.received_at, lang)}
          </Text>
          <Alert color={refuse ? 'orange' : 'teal'} variant="light">
            {t(refuse ? 'dsr.refuse_help' : 'dsr.complete_help')}
          </Alert>
          <Textarea
            label={t(refuse ? 'dsr.refuse_reason' : 'dsr.outcome_note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError('outcome_note')}
            required={refuse}
            maxLength={MAX_NOTE_LENGTH}
            minRows={3}
            autosize
            data-autofocus
            data-testid="request-outcome-note"
          />
          <GeneralErrorAlert errors={errors} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button
              type="submit"
              color={refuse ? 'red' : 'teal'}
              loading={busy}
              disabled={missing}
              data-testid="request-outcome-submit"
            >
              {t(refuse ? 'dsr.refuse' : 'dsr.complete')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
