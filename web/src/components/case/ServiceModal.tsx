import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { caseServicesApi } from '../../api/caseWork';
import { etagOf } from '../../api/client';
import type { CasePartyView, CaseServiceDelivery } from '../../api/types';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { localToday } from '../../lib/cases';
import {
  SERVICE_FIELDS,
  emptyServiceValues,
  serviceBody,
  servicePatch,
  serviceStatusChoices,
  serviceToValues,
  type ServiceFormValues,
} from '../../lib/caseWork';
import { IdempotencyKeeper } from '../../lib/idempotency';
import { CodelistSelect } from '../common/CodelistSelect';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';

interface Props {
  caseId: string;
  victims: CasePartyView[];
  /** The service being updated; absent to record a new one. */
  service?: CaseServiceDelivery;
  onClose: () => void;
  onSaved: () => void;
}

/** Records a service delivered (or planned) for the case, or updates its status, dates, reference and outcome. */
export function ServiceModal({ caseId, victims, service, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const statusLabel = useCodeLabel('status_layanan');
  const serviceLabel = useCodeLabel('layanan_kasus');
  const [v, setV] = useState<ServiceFormValues>(() => (service ? serviceToValues(service) : emptyServiceValues(localToday())));
  const [busy, setBusy] = useState(false);
  const keeper = useRef(new IdempotencyKeeper());
  const { errors, fail, clear, fieldError } = useFormErrors(SERVICE_FIELDS);
  const set = <K extends keyof ServiceFormValues>(k: K, value: ServiceFormValues[K]) => setV((s) => ({ ...s, [k]: value }));
  const outcomeMasked = !!service?.masked_fields.includes('outcome');
  const policeReport = errors?.code === 'police_report_required';

  const submit = async () => {
    setBusy(true);
    clear();
    try {
      if (service) {
        const patch = servicePatch(service, v);
        if (Object.keys(patch).length > 0) {
          await caseServicesApi.patch(caseId, service.id, patch, etagOf({ etag: null }, service.version));
        }
      } else {
        const body = serviceBody(v);
        await caseServicesApi.create(caseId, body, keeper.current.keyFor(body));
        keeper.current.reset();
      }
      onSaved();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={service ? t('service.edit_title', { service: serviceLabel(service.service) }) : t('service.add_title')} size="lg">
      <Stack data-testid="service-modal">
        {!service && (
          <>
            <CodelistSelect
              codelist="layanan_kasus"
              label={t('service.service')}
              value={v.service}
              onChange={(x) => set('service', x)}
              error={fieldError('service')}
              required
              testId="service-kind"
            />
            <NativeSelect
              label={t('service.person')}
              data={[
                { value: '', label: t('service.whole_case') },
                ...victims.map((p) => ({ value: p.person_id, label: p.person?.full_name ?? p.person_id })),
              ]}
              value={v.person_id}
              onChange={(e) => set('person_id', e.currentTarget.value)}
              error={fieldError('person_id')}
              data-testid="service-person"
            />
          </>
        )}
        {v.service === 'PERTOLONGAN_PERTAMA' && !service && (
          <Alert color="blue" data-testid="service-first-aid-note">
            {t('service.first_aid_note')}
          </Alert>
        )}
        {v.service === 'REHABILITASI_SOSIAL' && !service && (
          <Alert color="blue" data-testid="service-rehab-note">
            {t('service.rehab_note')}
          </Alert>
        )}
        {policeReport && (
          <Alert color="orange" data-testid="service-police-report-required">
            {t('service.police_report_required')}
          </Alert>
        )}
        <NativeSelect
          label={t('service.status')}
          data={(service ? serviceStatusChoices(service.status) : serviceStatusChoices('DIRENCANAKAN')).map((s) => ({ value: s, label: statusLabel(s) }))}
          value={v.status}
          onChange={(e) => set('status', e.currentTarget.value as ServiceFormValues['status'])}
          error={fieldError('status')}
          data-testid="service-status"
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('service.requested_on')}
            value={v.requested_on}
            onChange={(e) => set('requested_on', e.currentTarget.value)}
            error={fieldError('requested_on')}
            disabled={!!service}
            required
            data-testid="service-requested-on"
          />
          <TextInput
            type="date"
            label={t('service.started_on')}
            value={v.started_on}
            onChange={(e) => set('started_on', e.currentTarget.value)}
            error={fieldError('started_on')}
            data-testid="service-started-on"
          />
          <TextInput
            type="date"
            label={t('service.completed_on')}
            value={v.completed_on}
            onChange={(e) => set('completed_on', e.currentTarget.value)}
            error={fieldError('completed_on')}
            data-testid="service-completed-on"
          />
        </SimpleGrid>
        <TextInput
          label={t('service.reference')}
          description={t('service.reference_help')}
          value={v.reference}
          onChange={(e) => set('reference', e.currentTarget.value)}
          error={fieldError('reference')}
          maxLength={100}
          data-testid="service-reference"
        />
        <Textarea
          label={t('service.outcome')}
          description={outcomeMasked ? t('service.outcome_masked_help') : v.status === 'SELESAI' ? t('service.outcome_required') : undefined}
          value={v.outcome}
          onChange={(e) => set('outcome', e.currentTarget.value)}
          error={fieldError('outcome')}
          autosize
          minRows={2}
          maxLength={5000}
          data-testid="service-outcome"
        />
        <GeneralErrorAlert errors={errors} onReload={onSaved} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={!service && !v.service} data-testid="service-submit">
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
