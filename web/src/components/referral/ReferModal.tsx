import { Alert, Anchor, Button, Checkbox, Group, Input, List, Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { referralsApi } from '../../api/referrals';
import type { CasePartyView, Referral } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import type { AgencyDirectory } from '../../hooks/useAgencyDirectory';
import { useCodelistOptions } from '../../hooks/useCodelist';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { isSupervisor } from '../../lib/access';
import { IdempotencyKeeper } from '../../lib/idempotency';
import {
  REFERRAL_FIELDS,
  consentMissingPersons,
  emptyReferralValues,
  referralBody,
  type ReferralFormValues,
} from '../../lib/referrals';
import { CodelistSelect } from '../common/CodelistSelect';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';
import { AgencyField } from './AgencyField';
import { ReceiverSuggestions } from './ReceiverSuggestions';

interface Props {
  caseId: string;
  /** The KORBAN parties of the case. */
  victims: CasePartyView[];
  directory: AgencyDirectory;
  /** Where the case happened (region code or country), for suggesting receivers from the service directory. */
  suggestRegion?: string | null;
  onClose: () => void;
  onSent: (r: Referral) => void;
}

const victimName = (p: CasePartyView) => p.person?.full_name ?? p.person_id;

/**
 * "Rujuk": refer victims of the case to another agency for services. A victim without a RUJUKAN_LAYANAN consent
 * for the receiver's agency type is refused (consent_missing): the modal names them and links to their consent
 * section; a supervisor may send anyway with an override reason.
 */
export function ReferModal({ caseId, victims, directory, suggestRegion = null, onClose, onSent }: Props) {
  const { t } = useI18n();
  const { me } = useAuth();
  const services = useCodelistOptions('layanan_kasus');
  const [v, setV] = useState<ReferralFormValues>(() => ({
    ...emptyReferralValues(),
    person_ids: victims.length === 1 ? [victims[0].person_id] : [],
  }));
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const keeper = useRef(new IdempotencyKeeper());
  const { errors, fail, clear, fieldError } = useFormErrors(REFERRAL_FIELDS);
  const supervisor = isSupervisor(me);
  const set = <K extends keyof ReferralFormValues>(k: K, value: ReferralFormValues[K]) => setV((s) => ({ ...s, [k]: value }));
  const toggle = (k: 'person_ids' | 'services', code: string, on: boolean) =>
    setV((s) => ({ ...s, [k]: on ? [...s[k], code] : s[k].filter((x) => x !== code) }));

  const submit = async () => {
    const body = referralBody(v);
    setBusy(true);
    clear();
    try {
      const res = await referralsApi.create(caseId, body, keeper.current.keyFor(body));
      keeper.current.reset();
      onSent(res.data);
    } catch (e) {
      setMissing(e instanceof ApiError ? consentMissingPersons(e.problem, body.person_ids) : []);
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const missingVictims = victims.filter((p) => missing.includes(p.person_id));
  return (
    <Modal opened onClose={onClose} title={t('referral.refer_title')} size="xl">
      <Stack data-testid="refer-modal">
        <AgencyField
          directory={directory}
          ownAgencyId={me?.agency.id}
          value={v.to_agency_id}
          onChange={(x) => set('to_agency_id', x)}
          error={fieldError('to_agency_id')}
          testId="refer-agency"
        />
        <Input.Wrapper label={t('referral.persons')} description={t('referral.persons_help')} error={fieldError('person_ids')} required>
          <Stack gap={4} mt={4} data-testid="refer-persons">
            {victims.length === 0 && (
              <Text size="sm" c="dimmed" data-testid="refer-no-victims">
                {t('referral.no_victims')}
              </Text>
            )}
            {victims.map((p) => (
              <Checkbox
                key={p.person_id}
                label={victimName(p)}
                checked={v.person_ids.includes(p.person_id)}
                onChange={(e) => toggle('person_ids', p.person_id, e.currentTarget.checked)}
                data-testid={`refer-person-${p.person_id}`}
              />
            ))}
          </Stack>
        </Input.Wrapper>
        {missingVictims.length > 0 && (
          <Alert color="orange" title={t('referral.consent_missing_title')} data-testid="refer-consent-missing">
            <Stack gap="xs">
              <Text size="sm">{t('referral.consent_missing_body')}</Text>
              <List size="sm">
                {missingVictims.map((p) => (
                  <List.Item key={p.person_id} data-testid="refer-consent-missing-person" data-person-id={p.person_id}>
                    {victimName(p)} —{' '}
                    <Anchor component={Link} to={`/persons/${p.person_id}`} target="_blank" data-testid="refer-consent-link">
                      {t('referral.consent_record')}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
              <Text size="sm">{supervisor ? t('referral.consent_override_supervisor') : t('referral.consent_override_ask')}</Text>
            </Stack>
          </Alert>
        )}
        {supervisor && (missingVictims.length > 0 || v.consent_override_reason) && (
          <Textarea
            label={t('referral.override_reason')}
            description={t('referral.override_reason_help')}
            value={v.consent_override_reason}
            onChange={(e) => set('consent_override_reason', e.currentTarget.value)}
            error={fieldError('consent_override_reason')}
            autosize
            minRows={2}
            data-testid="refer-override-reason"
          />
        )}
        <Input.Wrapper label={t('referral.services')} error={fieldError('services')} required>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4} mt={4} data-testid="refer-services">
            {services.map((o) => (
              <Checkbox
                key={o.value}
                label={o.label}
                checked={v.services.includes(o.value)}
                onChange={(e) => toggle('services', o.value, e.currentTarget.checked)}
                data-testid={`refer-service-${o.value}`}
              />
            ))}
          </SimpleGrid>
        </Input.Wrapper>
        <ReceiverSuggestions
          services={v.services}
          region={suggestRegion}
          ownAgencyId={me?.agency.id}
          onPick={(id) => set('to_agency_id', id)}
        />
        <CodelistSelect
          codelist="urgensi_kasus"
          label={t('case.urgency')}
          value={v.urgency}
          onChange={(x) => set('urgency', x)}
          error={fieldError('urgency')}
          noEmpty
          testId="refer-urgency"
        />
        <Textarea
          label={t('referral.message')}
          description={t('referral.message_help')}
          value={v.message}
          onChange={(e) => set('message', e.currentTarget.value)}
          error={fieldError('message')}
          required
          autosize
          minRows={3}
          maxLength={4000}
          data-testid="refer-message"
        />
        <GeneralErrorAlert errors={errors} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} data-testid="refer-submit">
            {t('referral.send')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
