import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { referralsApi } from '../../api/referrals';
import type { Referral } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import type { AgencyDirectory } from '../../hooks/useAgencyDirectory';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { isSupervisor } from '../../lib/access';
import { consentMissingPersons, referralActions } from '../../lib/referrals';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';
import { AgencyField } from './AgencyField';

interface Props {
  referral: Referral;
  etag: string;
  directory: AgencyDirectory;
  onChanged: (r: Referral) => void;
  /** Reload after a refusal that says the referral changed (412). */
  onReload: () => void;
}

type TextAction = 'decline' | 'complete' | 'revoke';

const TEXT_ACTIONS: Record<TextAction, { title: MessageKey; label: MessageKey; submit: MessageKey; field: string; color: string }> = {
  decline: { title: 'referral.decline_title', label: 'referral.decline_reason', submit: 'referral.decline', field: 'reason', color: 'red' },
  complete: { title: 'referral.complete_title', label: 'referral.outcome', submit: 'referral.complete', field: 'outcome', color: 'green' },
  revoke: { title: 'referral.revoke_title', label: 'referral.revoke_reason', submit: 'referral.revoke', field: 'reason', color: 'red' },
};

/** The answers the user's side may give: accept / decline / complete / forward (receiver), revoke (sender). */
export function ReferralActions({ referral, etag, directory, onChanged, onReload }: Props) {
  const { t } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const can = referralActions(referral, me);
  const [open, setOpen] = useState<TextAction | 'forward' | null>(null);
  const [busy, setBusy] = useState(false);
  const accept = useFormErrors([]);

  const doAccept = async () => {
    setBusy(true);
    accept.clear();
    try {
      onChanged((await referralsApi.accept(referral.id, etag)).data);
    } catch (e) {
      accept.fail(e);
    } finally {
      setBusy(false);
    }
  };

  const any = can.accept || can.decline || can.complete || can.forward || can.revoke || can.openCase;
  if (!any) return null;
  return (
    <Stack gap="xs" data-testid="referral-actions">
      <Group gap="xs">
        {can.accept && (
          <Button color="teal" loading={busy} onClick={() => void doAccept()} data-testid="referral-accept">
            {t('referral.accept')}
          </Button>
        )}
        {can.decline && (
          <Button variant="light" color="red" onClick={() => setOpen('decline')} data-testid="referral-decline">
            {t('referral.decline')}
          </Button>
        )}
        {can.complete && (
          <Button color="green" onClick={() => setOpen('complete')} data-testid="referral-complete">
            {t('referral.complete')}
          </Button>
        )}
        {can.forward && (
          <Button variant="light" onClick={() => setOpen('forward')} data-testid="referral-forward">
            {t('referral.forward')}
          </Button>
        )}
        {can.revoke && (
          <Button variant="light" color="red" onClick={() => setOpen('revoke')} data-testid="referral-revoke">
            {t('referral.revoke')}
          </Button>
        )}
        {can.openCase && (
          <Button component={Link} to={`/cases/${referral.case_id}`} variant="default" data-testid="referral-open-case">
            {t('referral.open_case')}
          </Button>
        )}
      </Group>
      <GeneralErrorAlert errors={accept.errors} onReload={onReload} />
      {open && open !== 'forward' && (
        <TextActionModal
          action={open}
          onClose={() => setOpen(null)}
          onReload={onReload}
          run={async (text) => {
            const res =
              open === 'decline'
                ? await referralsApi.decline(referral.id, text, etag)
                : open === 'complete'
                  ? await referralsApi.complete(referral.id, text, etag)
                  : await referralsApi.revoke(referral.id, text, etag);
            setOpen(null);
            onChanged(res.data);
          }}
        />
      )}
      {open === 'forward' && (
        <ForwardModal
          referral={referral}
          etag={etag}
          directory={directory}
          onClose={() => setOpen(null)}
          onReload={onReload}
          onForwarded={(next) => {
            setOpen(null);
            navigate(`/referrals/${next.id}`);
          }}
        />
      )}
    </Stack>
  );
}

function TextActionModal({ action, run, onClose, onReload }: { action: TextAction; run: (text: string) => Promise<void>; onClose: () => void; onReload: () => void }) {
  const { t } = useI18n();
  const spec = TEXT_ACTIONS[action];
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors([spec.field]);
  const submit = async () => {
    setBusy(true);
    clear();
    try {
      await run(text.trim());
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t(spec.title)} size="lg">
      <Stack data-testid={`referral-${action}-modal`}>
        <Textarea
          label={t(spec.label)}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fieldError(spec.field)}
          required
          autosize
          minRows={3}
          maxLength={4000}
          data-testid={`referral-${action}-text`}
        />
        <GeneralErrorAlert errors={errors} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button color={spec.color} onClick={() => void submit()} loading={busy} disabled={!text.trim()} data-testid={`referral-${action}-submit`}>
            {t(spec.submit)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

const FORWARD_FIELDS = ['to_agency_id', 'message', 'consent_override_reason'] as const;

function ForwardModal({ referral, etag, directory, onClose, onReload, onForwarded }: {
  referral: Referral; etag: string; directory: AgencyDirectory; onClose: () => void; onReload: () => void; onForwarded: (r: Referral) => void;
}) {
  const { t } = useI18n();
  const { me } = useAuth();
  const [to, setTo] = useState('');
  const [message, setMessage] = useState('');
  const [override, setOverride] = useState('');
  const [missing, setMissing] = useState(0);
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(FORWARD_FIELDS);
  const supervisor = isSupervisor(me);
  const submit = async () => {
    setBusy(true);
    clear();
    try {
      const res = await referralsApi.forward(
        referral.id,
        { to_agency_id: to.trim(), message: message.trim(), consent_override_reason: override.trim() || null },
        etag,
      );
      onForwarded(res.data);
    } catch (e) {
      setMissing(e instanceof ApiError ? consentMissingPersons(e.problem, referral.person_ids).length || (e.problem.errors ?? []).filter((x) => x.code === 'consent_missing').length : 0);
      fail(e);
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('referral.forward_title')} size="lg">
      <Stack data-testid="referral-forward-modal">
        <Alert color="blue">{t('referral.forward_help')}</Alert>
        <AgencyField directory={directory} ownAgencyId={me?.agency.id} value={to} onChange={setTo} error={fieldError('to_agency_id')} testId="referral-forward-agency" />
        <Textarea
          label={t('referral.message')}
          value={message}
          onChange={(e) => setMessage(e.currentTarget.value)}
          error={fieldError('message')}
          required
          autosize
          minRows={3}
          maxLength={4000}
          data-testid="referral-forward-message"
        />
        {missing > 0 && (
          <Alert color="orange" title={t('referral.consent_missing_title')} data-testid="referral-forward-consent-missing">
            {t('referral.forward_consent_missing', { count: missing })}{' '}
            {supervisor ? t('referral.consent_override_supervisor') : t('referral.consent_override_ask')}
          </Alert>
        )}
        {supervisor && (missing > 0 || override) && (
          <Textarea
            label={t('referral.override_reason')}
            description={t('referral.override_reason_help')}
            value={override}
            onChange={(e) => setOverride(e.currentTarget.value)}
            error={fieldError('consent_override_reason')}
            autosize
            minRows={2}
            data-testid="referral-forward-override"
          />
        )}
        <GeneralErrorAlert errors={errors} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={!to.trim() || !message.trim()} data-testid="referral-forward-submit">
            {t('referral.forward')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
