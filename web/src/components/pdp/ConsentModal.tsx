import { Alert, Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { consentsApi } from '../../api/pdp';
import { personsApi } from '../../api/persons';
import type { Consent } from '../../api/types';
import { useAsync } from '../../hooks/useAsync';
import { useCodeLabel, useCodelistOptions } from '../../hooks/useCodelist';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { IdempotencyKeeper } from '../../lib/idempotency';
import {
  CHECKLIST_ITEMS,
  MAX_NOTE_LENGTH,
  consentBody,
  consentRules,
  newConsentValues,
  type ChecklistItem,
  type ConsentFormValues,
} from '../../lib/pdp';
import { CodelistSelect } from '../common/CodelistSelect';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';

const FIELDS = [
  'purpose',
  'recipient_types',
  'lawful_basis',
  'given_by',
  'guardian_person_id',
  ...CHECKLIST_ITEMS.map((i) => `checklist.${i}`),
  'checklist',
  'note',
] as const;

/** The label of each HTCDS checklist item. */
export const CHECKLIST_LABEL: Record<ChecklistItem, MessageKey> = {
  informed_purpose: 'consent.checklist.informed_purpose',
  informed_use: 'consent.checklist.informed_use',
  informed_storage_period: 'consent.checklist.informed_storage_period',
  informed_right_to_access: 'consent.checklist.informed_right_to_access',
  informed_withdrawal: 'consent.checklist.informed_withdrawal',
};

const GUARDIAN_RELATIONS = new Set(['ORANG_TUA', 'WALI']);

interface Props {
  personId: string;
  /** A child (under 18) gives consent through a parent or guardian (UU 27/2022 Ps 25). */
  child: boolean;
  opened: boolean;
  onClose: () => void;
  onRecorded: (consent: Consent) => void;
}

/** POST /persons/{id}/consents: consent (with the HTCDS checklist) or another lawful basis with a note. */
export function ConsentModal({ personId, child, opened, onClose, onRecorded }: Props) {
  const { t } = useI18n();
  const recipients = useCodelistOptions('jenis_instansi');
  const [v, setV] = useState<ConsentFormValues>(() => newConsentValues(child));
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);
  const keeper = useRef(new IdempotencyKeeper());
  // The parents and guardians registered as this person's family, to name the one who consented.
  const family = useAsync(async () => (opened ? (await personsApi.family(personId)).data.items : []), [personId, opened]);
  const guardians = (family.data ?? []).filter((l) => GUARDIAN_RELATIONS.has(l.relation));
  const relationOf = useCodeLabel('hubungan_keluarga');
  const rules = consentRules(v, child);
  const set = <K extends keyof ConsentFormValues>(k: K, value: ConsentFormValues[K]) => setV((s) => ({ ...s, [k]: value }));
  const tick = (item: ChecklistItem, on: boolean) => setV((s) => ({ ...s, checklist: { ...s.checklist, [item]: on } }));

  const close = () => {
    setV(newConsentValues(child));
    clear();
    onClose();
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (rules.childOwnConsent) return;
    setBusy(true);
    clear();
    const body = consentBody(v, child);
    try {
      const res = await consentsApi.create(personId, body, keeper.current.keyFor(body));
      keeper.current.reset();
      setV(newConsentValues(child));
      onRecorded(res.data);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t('consent.add')} size="xl" data-testid="consent-modal">
      <form onSubmit={submit} noValidate data-testid="consent-form">
        <Stack>
          {child && (
            <Alert color="orange" title={t('consent.child_alert_title')} data-testid="consent-child-alert">
              {t('consent.child_alert')}
            </Alert>
          )}
          <CodelistSelect
            codelist="tujuan_pemrosesan"
            label={t('consent.purpose')}
            value={v.purpose}
            onChange={(x) => set('purpose', x)}
            error={fieldError('purpose')}
            required
            testId="consent-purpose-select"
          />
          <Checkbox.Group
            label={t('consent.recipient_types')}
            description={t('consent.recipient_types_help')}
            value={v.recipient_types}
            onChange={(x) => set('recipient_types', x)}
            error={fieldError('recipient_types')}
            data-testid="consent-recipients"
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
              {recipients.map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} data-testid={`consent-recipient-${o.value}`} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <CodelistSelect
              codelist="dasar_hukum_pemrosesan"
              label={t('consent.lawful_basis')}
              value={v.lawful_basis}
              onChange={(x) => set('lawful_basis', x)}
              error={fieldError('lawful_basis')}
              required
              noEmpty
              testId="consent-basis-select"
            />
            <CodelistSelect
              codelist="pemberi_persetujuan"
              label={t('consent.given_by')}
              value={v.given_by}
              onChange={(x) => set('given_by', x)}
              error={fieldError('given_by') ?? (rules.childOwnConsent ? t('consent.child_own_consent') : undefined)}
              required
              noEmpty
              testId="consent-given-by-select"
            />
          </SimpleGrid>
          {rules.guardianAllowed && (
            <NativeSelect
              label={t('consent.guardian')}
              description={t('consent.guardian_help')}
              value={v.guardian_person_id}
              onChange={(e) => set('guardian_person_id', e.currentTarget.value)}
              error={fieldError('guardian_person_id')}
              data={[
                { value: '', label: t('consent.guardian_none') },
                ...guardians.map((l) => ({ value: l.person.id, label: `${l.person.full_name} (${relationOf(l.relation)})` })),
              ]}
              data-testid="consent-guardian-select"
            />
          )}
          <Stack gap={6} data-testid="consent-checklist">
            <div>
              <Text size="sm" fw={500}>
                {t('consent.checklist')}
                {rules.checklistRequired && (
                  <Text span c="red">
                    {' *'}
                  </Text>
                )}
              </Text>
              <Text size="xs" c="dimmed">
                {t('consent.checklist_help')}
              </Text>
            </div>
            {CHECKLIST_ITEMS.map((item) => (
              <Checkbox
                key={item}
                label={t(CHECKLIST_LABEL[item])}
                checked={v.checklist[item]}
                onChange={(e) => tick(item, e.currentTarget.checked)}
                error={fieldError(`checklist.${item}`)}
                data-testid={`consent-check-${item}`}
              />
            ))}
            {fieldError('checklist') && (
              <Text size="xs" c="red">
                {fieldError('checklist')}
              </Text>
            )}
          </Stack>
          <Textarea
            label={t('consent.note')}
            description={rules.noteRequired ? t('consent.note_required_help') : undefined}
            value={v.note}
            onChange={(e) => set('note', e.currentTarget.value)}
            error={fieldError('note')}
            required={rules.noteRequired}
            maxLength={MAX_NOTE_LENGTH}
            minRows={2}
            autosize
            data-testid="consent-note"
          />
          <GeneralErrorAlert errors={errors} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!v.purpose || rules.childOwnConsent} data-testid="consent-submit">
              {t('consent.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
