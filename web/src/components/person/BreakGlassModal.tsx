import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { personsApi } from '../../api/persons';
import type { BreakGlassGrant } from '../../api/types';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';

export const BREAK_GLASS_MIN_REASON = 20;
const FIELDS = ['reason'] as const;

/** POST /persons/{id}/break-glass: opens a protected or out-of-scope person for 4 hours, stating why. */
export function BreakGlassModal({
  personId,
  opened,
  onClose,
  onGranted,
}: {
  personId: string;
  opened: boolean;
  onClose: () => void;
  onGranted: (grant: BreakGlassGrant) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);
  const length = reason.trim().length;
  const enough = length >= BREAK_GLASS_MIN_REASON;

  const close = () => {
    setReason('');
    clear();
    onClose();
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!enough) return;
    setBusy(true);
    clear();
    try {
      const res = await personsApi.breakGlass(personId, reason.trim());
      setReason('');
      onGranted(res.data);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t('breakglass.title')} data-testid="break-glass-modal">
      <form onSubmit={submit} noValidate data-testid="break-glass-form">
        <Stack>
          <Alert color="orange" variant="light">
            {t('breakglass.help')}
          </Alert>
          <Textarea
            label={t('breakglass.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError('reason')}
            minRows={3}
            autosize
            required
            data-autofocus
            data-testid="break-glass-reason"
          />
          <Text size="xs" c={enough ? 'teal' : 'dimmed'} data-testid="break-glass-counter">
            {t('breakglass.counter', { count: length, min: BREAK_GLASS_MIN_REASON })}
          </Text>
          <GeneralErrorAlert errors={errors} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={busy} disabled={!enough} data-testid="break-glass-submit">
              {t('breakglass.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
