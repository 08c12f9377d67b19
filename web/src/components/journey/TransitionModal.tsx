import { Alert, Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { etagOf } from '../../api/client';
import { journeysApi } from '../../api/journeys';
import type { Journey, JourneyStatus, TransitionInput } from '../../api/types';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { transitionNeeds } from '../../lib/journey';
import { CodelistSelect } from '../common/CodelistSelect';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';

interface Props {
  journey: Journey;
  to: JourneyStatus;
  onClose: () => void;
  onDone: () => void;
}

const FIELDS = ['reason', 'effective_date', 'documents_override_reason', 'return_reason', 'debarkation_point'] as const;

export function TransitionModal({ journey, to, onClose, onDone }: Props) {
  const { t, tx } = useI18n();
  const docLabel = useCodeLabel('dokumen_pmi');
  const needs = transitionNeeds(to, journey.status, journey.documents_complete);
  const [v, setV] = useState({ reason: '', effective_date: '', documents_override_reason: '', return_reason: '', debarkation_point: '' });
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);
  const set = (k: keyof typeof v) => (value: string) => setV((s) => ({ ...s, [k]: value }));

  const submit = async () => {
    setBusy(true);
    clear();
    const body: TransitionInput = { to };
    for (const k of FIELDS) if (v[k].trim()) body[k] = v[k].trim();
    try {
      // The journey list carries no ETag header; the API's ETag is the quoted version.
      await journeysApi.transition(journey.id, body, etagOf({ etag: null }, journey.version));
      onDone();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('transition.title', { status: tx(`status.${to}`, to) })} size="lg">
      <Stack data-testid="transition-modal">
        {needs.overrideReason && (
          <Alert color="orange" title={t('transition.documents_incomplete')}>
            {journey.missing_documents.map((c) => docLabel(c)).join(', ')}
          </Alert>
        )}
        <TextInput
          type="date"
          label={t('transition.effective_date')}
          description={t('transition.effective_date_help')}
          value={v.effective_date}
          onChange={(e) => set('effective_date')(e.currentTarget.value)}
          error={fieldError('effective_date')}
          data-testid="transition-effective-date"
        />
        {needs.returnReason && (
          <CodelistSelect
            codelist="alasan_kepulangan"
            label={t('journey.return_reason')}
            value={v.return_reason}
            onChange={set('return_reason')}
            error={fieldError('return_reason')}
            required
            testId="transition-return-reason"
          />
        )}
        {needs.debarkationPoint && (
          <TextInput
            label={t('journey.debarkation_point')}
            value={v.debarkation_point}
            onChange={(e) => set('debarkation_point')(e.currentTarget.value)}
            error={fieldError('debarkation_point')}
            data-testid="transition-debarkation"
          />
        )}
        {needs.overrideReason && (
          <Textarea
            label={t('transition.override_reason')}
            description={t('transition.override_reason_help')}
            value={v.documents_override_reason}
            onChange={(e) => set('documents_override_reason')(e.currentTarget.value)}
            error={fieldError('documents_override_reason')}
            data-testid="transition-override-reason"
          />
        )}
        <Textarea
          label={t('transition.reason')}
          value={v.reason}
          onChange={(e) => set('reason')(e.currentTarget.value)}
          error={fieldError('reason')}
          required={needs.reasonRequired}
          data-testid="transition-reason"
        />
        <GeneralErrorAlert errors={errors} onReload={onDone} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button onClick={submit} loading={busy} data-testid="transition-submit">
            {t('transition.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
