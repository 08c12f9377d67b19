import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { casesApi } from '../../api/cases';
import type { Case, CaseStatus } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { isSupervisor } from '../../lib/access';
import {
  TRANSITION_FIELDS,
  allowedMoves,
  caseTransitionNeeds,
  transitionBody,
  type TransitionFormValues,
} from '../../lib/cases';
import { CodelistSelect } from '../common/CodelistSelect';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';

interface Props {
  kase: Case;
  /** The ETag of the loaded case (If-Match). */
  etag: string;
  onClose: () => void;
  onDone: () => void;
}

/** "Move status": the targets the workflow allows from here; the server applies the guards and says why it refuses. */
export function CaseTransitionModal({ kase, etag, onClose, onDone }: Props) {
  const { t } = useI18n();
  const { me } = useAuth();
  const statusLabel = useCodeLabel('status_kasus');
  const closureLabel = useCodeLabel('alasan_penutupan_kasus');
  const targets = allowedMoves(kase.status, kase.status_before_closure);
  const [v, setV] = useState<TransitionFormValues>({ to: targets[0] ?? '', reason: '', closure_reason: '', effective_date: '' });
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(TRANSITION_FIELDS);
  const needs = v.to ? caseTransitionNeeds(kase.status, v.to) : null;
  const set = <K extends keyof TransitionFormValues>(k: K, value: TransitionFormValues[K]) => setV((s) => ({ ...s, [k]: value }));

  const submit = async () => {
    const body = transitionBody(v);
    if (!body) return;
    setBusy(true);
    clear();
    try {
      await casesApi.transition(kase.id, body, etag);
      onDone();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('case.transition_title')} size="lg">
      <Stack data-testid="case-transition-modal">
        {needs?.supervisor && (
          <Alert color={isSupervisor(me) ? 'blue' : 'orange'} data-testid="case-transition-supervisor-note">
            {t('case.transition_supervisor_note', { reason: closureLabel(kase.closure_reason) })}
          </Alert>
        )}
        <NativeSelect
          label={t('case.transition_to')}
          data={targets.map((s: CaseStatus) => ({ value: s, label: statusLabel(s) }))}
          value={v.to}
          onChange={(e) => set('to', e.currentTarget.value as CaseStatus)}
          error={fieldError('to')}
          required
          data-testid="case-transition-to"
        />
        {needs?.closureReason && (
          <CodelistSelect
            codelist="alasan_penutupan_kasus"
            label={t('case.closure_reason')}
            value={v.closure_reason}
            onChange={(x) => set('closure_reason', x)}
            error={fieldError('closure_reason')}
            required
            testId="case-transition-closure-reason"
          />
        )}
        <Textarea
          label={t('case.transition_reason')}
          description={needs?.reasonRequired ? t('case.transition_reason_required') : undefined}
          value={v.reason}
          onChange={(e) => set('reason', e.currentTarget.value)}
          error={fieldError('reason')}
          required={needs?.reasonRequired}
          autosize
          minRows={2}
          data-testid="case-transition-reason"
        />
        <TextInput
          type="date"
          label={t('transition.effective_date')}
          description={t('transition.effective_date_help')}
          value={v.effective_date}
          onChange={(e) => set('effective_date', e.currentTarget.value)}
          error={fieldError('effective_date')}
          data-testid="case-transition-effective-date"
        />
        <GeneralErrorAlert errors={errors} onReload={onDone} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={!v.to} data-testid="case-transition-submit">
            {t('transition.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
