import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { consentsApi } from '../../api/pdp';
import type { Consent } from '../../api/types';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { MAX_NOTE_LENGTH } from '../../lib/pdp';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';

const FIELDS = ['reason'] as const;

/** POST /persons/{id}/consents/{consent_id}/withdraw with the reason (UU 27/2022 Ps 9; processing stops within 3 x 24 h). */
export function WithdrawConsentModal({
  consent,
  onClose,
  onWithdrawn,
}: {
  consent: Consent;
  onClose: () => void;
  onWithdrawn: (consent: Consent) => void;
}) {
  const { t } = useI18n();
  const purpose = useCodeLabel('tujuan_pemrosesan');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return;
    setBusy(true);
    clear();
    try {
      const res = await consentsApi.withdraw(consent.person_id, consent.id, reason.trim());
      onWithdrawn(res.data);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('consent.withdraw')} data-testid="consent-withdraw-modal">
      <form onSubmit={submit} noValidate data-testid="consent-withdraw-form">
        <Stack>
          <Text size="sm" fw={500}>
            {purpose(consent.purpose)}
          </Text>
          <Alert color="orange" variant="light">
            {t('consent.withdraw_help')}
          </Alert>
          <Textarea
            label={t('consent.withdraw_reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError('reason')}
            required
            maxLength={MAX_NOTE_LENGTH}
            minRows={2}
            autosize
            data-autofocus
            data-testid="consent-withdraw-reason"
          />
          <GeneralErrorAlert errors={errors} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy} disabled={!reason.trim()} data-testid="consent-withdraw-submit">
              {t('consent.withdraw')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
