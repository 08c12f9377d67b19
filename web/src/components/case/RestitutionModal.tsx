import { ActionIcon, Alert, Button, Divider, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { etagOf } from '../../api/client';
import { restitutionsApi } from '../../api/restitutions';
import type { CasePartyView, CaseRestitution } from '../../api/types';
import { useCodelistOptions } from '../../hooks/useCodelist';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { localToday } from '../../lib/cases';
import { IdempotencyKeeper } from '../../lib/idempotency';
import {
  RESTITUTION_COMPONENTS,
  RESTITUTION_FIELDS,
  emptyComponent,
  emptyRestitutionValues,
  formatRupiah,
  invalidAmounts,
  parseRupiah,
  restitutionBody,
  restitutionPatch,
  restitutionToValues,
  type ComponentValues,
  type RestitutionFormValues,
} from '../../lib/restitution';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';

interface Props {
  caseId: string;
  /** The victims who may claim (for a new claim: those without one yet). */
  victims: CasePartyView[];
  /** The claim being updated; absent to record a new one. */
  restitution?: CaseRestitution;
  onClose: () => void;
  onSaved: () => void;
}

// The dates of the course of a claim, with the help that names their rule.
const DATES: { field: keyof RestitutionFormValues & string; label: MessageKey; help?: MessageKey }[] = [
  { field: 'claimed_on', label: 'restitution.claimed_on', help: 'restitution.claimed_on_help' },
  { field: 'verdict_on', label: 'restitution.verdict_on', help: 'restitution.verdict_on_help' },
  { field: 'final_notice_on', label: 'restitution.final_notice_on', help: 'restitution.final_notice_on_help' },
  { field: 'unpaid_reported_on', label: 'restitution.unpaid_reported_on', help: 'restitution.unpaid_reported_on_help' },
  { field: 'warning_on', label: 'restitution.warning_on', help: 'restitution.warning_on_help' },
  { field: 'seizure_on', label: 'restitution.seizure_on' },
  { field: 'substitute_detention_on', label: 'restitution.substitute_detention_on' },
];

// Form paths the server's field errors map onto (each component row and its amounts).
const FIELDS: string[] = [
  ...RESTITUTION_FIELDS,
  ...[0, 1, 2, 3].flatMap((i) => ['component', 'claimed_idr', 'awarded_idr', 'note'].map((f) => `components[${i}].${f}`)),
];

/** Records a victim's restitution claim or updates its components, amounts and the dates of its course. */
export function RestitutionModal({ caseId, victims, restitution, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const componentOptions = useCodelistOptions('komponen_restitusi');
  const [v, setV] = useState<RestitutionFormValues>(() =>
    restitution ? restitutionToValues(restitution) : emptyRestitutionValues(localToday(), victims[0]?.person_id ?? ''),
  );
  const [busy, setBusy] = useState(false);
  const [badAmounts, setBadAmounts] = useState<string[]>([]);
  const keeper = useRef(new IdempotencyKeeper());
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);
  const set = <K extends keyof RestitutionFormValues>(k: K, value: RestitutionFormValues[K]) => setV((s) => ({ ...s, [k]: value }));
  const setComponent = (i: number, patch: Partial<ComponentValues>) =>
    setV((s) => ({ ...s, components: s.components.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const used = new Set(v.components.map((c) => c.component));
  const amountError = (path: string) => (badAmounts.includes(path) ? t('restitution.amount_invalid') : fieldError(path));
  const amountHelp = (text: string) => {
    const n = parseRupiah(text);
    return n === null || Number.isNaN(n) ? undefined : formatRupiah(n);
  };

  const submit = async () => {
    const bad = invalidAmounts(v);
    setBadAmounts(bad);
    if (bad.length > 0) return;
    setBusy(true);
    clear();
    try {
      if (restitution) {
        const patch = restitutionPatch(restitution, v);
        if (Object.keys(patch).length > 0) {
          await restitutionsApi.patch(caseId, restitution.id, patch, etagOf({ etag: null }, restitution.version));
        }
      } else {
        const body = restitutionBody(v);
        await restitutionsApi.create(caseId, body, keeper.current.keyFor(body));
        keeper.current.reset();
      }
      onSaved();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const victimName = (p: CasePartyView) => p.person?.full_name ?? p.person_id;
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={restitution ? t('restitution.edit_title') : t('restitution.add_title')}
    >
      <Stack data-testid="restitution-modal">
        {restitution ? (
          <Text size="sm" fw={600}>
            {victimName(victims.find((p) => p.person_id === restitution.person_id) ?? ({ person_id: restitution.person_id } as CasePartyView))}
          </Text>
        ) : (
          <NativeSelect
            label={t('restitution.person')}
            data={victims.map((p) => ({ value: p.person_id, label: victimName(p) }))}
            value={v.person_id}
            onChange={(e) => set('person_id', e.currentTarget.value)}
            error={fieldError('person_id')}
            required
            data-testid="restitution-person"
          />
        )}
        <Divider label={t('restitution.components')} labelPosition="left" />
        {fieldError('components') && (
          <Alert color="red" data-testid="restitution-components-error">
            {fieldError('components')}
          </Alert>
        )}
        {v.components.map((c, i) => (
          <Group key={i} align="flex-start" gap="xs" wrap="nowrap" data-testid="restitution-component-input">
            <NativeSelect
              label={t('restitution.component')}
              data={[
                { value: '', label: t('common.choose') },
                ...componentOptions.filter((o) => o.value === c.component || !used.has(o.value)),
              ]}
              value={c.component}
              onChange={(e) => setComponent(i, { component: e.currentTarget.value })}
              error={fieldError(`components[${i}].component`)}
              style={{ flex: 2 }}
              data-testid="restitution-component"
            />
            <TextInput
              label={t('restitution.claimed_idr')}
              inputMode="numeric"
              value={c.claimed_idr}
              onChange={(e) => setComponent(i, { claimed_idr: e.currentTarget.value })}
              description={amountHelp(c.claimed_idr)}
              error={amountError(`components[${i}].claimed_idr`)}
              style={{ flex: 1.4 }}
              data-testid="restitution-claimed"
            />
            <TextInput
              label={t('restitution.awarded_idr')}
              inputMode="numeric"
              value={c.awarded_idr}
              onChange={(e) => setComponent(i, { awarded_idr: e.currentTarget.value })}
              description={amountHelp(c.awarded_idr) ?? (v.verdict_on ? t('restitution.awarded_required') : undefined)}
              error={amountError(`components[${i}].awarded_idr`)}
              disabled={!v.verdict_on && !c.awarded_idr}
              style={{ flex: 1.4 }}
              data-testid="restitution-awarded"
            />
            <TextInput
              label={t('restitution.note')}
              value={c.note}
              onChange={(e) => setComponent(i, { note: e.currentTarget.value })}
              error={fieldError(`components[${i}].note`)}
              maxLength={500}
              style={{ flex: 1.6 }}
              data-testid="restitution-note"
            />
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red"
              aria-label={t('restitution.remove_component')}
              disabled={v.components.length === 1}
              onClick={() => set('components', v.components.filter((_, j) => j !== i))}
              data-testid="restitution-remove-component"
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        {v.components.length < RESTITUTION_COMPONENTS.length && (
          <Group>
            <Button size="xs" variant="light" onClick={() => set('components', [...v.components, emptyComponent()])} data-testid="restitution-add-component">
              {t('restitution.add_component')}
            </Button>
          </Group>
        )}
        <Divider label={t('restitution.course')} labelPosition="left" />
        <TextInput
          label={t('restitution.court_case_number')}
          description={t('restitution.court_case_number_help')}
          value={v.court_case_number}
          onChange={(e) => set('court_case_number', e.currentTarget.value)}
          error={fieldError('court_case_number')}
          maxLength={100}
          data-testid="restitution-court-case-input"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {DATES.map((d) => (
            <TextInput
              key={d.field}
              type="date"
              label={t(d.label)}
              description={d.help ? t(d.help) : undefined}
              value={v[d.field] as string}
              onChange={(e) => set(d.field, e.currentTarget.value)}
              error={fieldError(d.field)}
              required={d.field === 'claimed_on'}
              data-testid={`restitution-${d.field}`}
            />
          ))}
          <TextInput
            type="date"
            label={t('restitution.paid_on')}
            value={v.paid_on}
            onChange={(e) => set('paid_on', e.currentTarget.value)}
            error={fieldError('paid_on')}
            data-testid="restitution-paid_on"
          />
          <TextInput
            label={t('restitution.paid_idr')}
            description={amountHelp(v.paid_idr) ?? t('restitution.paid_idr_help')}
            inputMode="numeric"
            value={v.paid_idr}
            onChange={(e) => set('paid_idr', e.currentTarget.value)}
            error={amountError('paid_idr')}
            data-testid="restitution-paid-idr"
          />
        </SimpleGrid>
        <GeneralErrorAlert errors={errors} onReload={onSaved} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={!v.person_id} data-testid="restitution-submit">
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
