import { Alert, Badge, Button, Card, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { casesApi } from '../../api/cases';
import type { CaseDetail, CasePartyView, CaseScreening } from '../../api/types';
import { useActorLabel } from '../../hooks/useActorLabel';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { elementsMet } from '../../lib/cases';
import { formatDate } from '../../lib/format';
import { resultColor } from '../../lib/screening';
import { CodelistSelect } from '../common/CodelistSelect';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';
import { CaseScreeningModal } from './CaseScreeningModal';
import { PartyName } from './PartiesSection';

interface Props {
  detail: CaseDetail;
  writable: boolean;
  onChanged: () => void;
}

const ELEMENT_LABEL: Record<string, MessageKey> = {
  act: 'screening.element.act',
  means: 'screening.element.means',
  purpose: 'screening.element.purpose',
  child: 'screening.element.child',
  exploitation_occurred: 'screening.element.exploitation_occurred',
};

/** The officer's final determination on a screening (the screening is an aid; a note is required). */
function DeterminationForm({ caseId, screening, onDone }: { caseId: string; screening: CaseScreening; onDone: () => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(screening.determination ?? '');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [noteMissing, setNoteMissing] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(['determination', 'note']);
  const submit = async () => {
    clear();
    setNoteMissing(!note.trim());
    if (!note.trim()) return;
    setBusy(true);
    try {
      await casesApi.determine(caseId, screening.id, { determination: value, note: note.trim() });
      setNote('');
      onDone();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs" data-testid="determination-form">
      <Group align="flex-start" grow>
        <CodelistSelect
          codelist="penetapan_tppo"
          label={t('case.determination')}
          value={value}
          onChange={setValue}
          error={fieldError('determination')}
          required
          testId="determination-select"
        />
        <Textarea
          label={t('case.determination_note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={(noteMissing && t('fieldError.required')) || fieldError('note')}
          required
          autosize
          minRows={1}
          maxLength={2000}
          data-testid="determination-note"
        />
      </Group>
      <GeneralErrorAlert errors={errors} />
      <Group justify="flex-end">
        <Button size="xs" onClick={() => void submit()} loading={busy} data-testid="determination-submit">
          {t('case.determine')}
        </Button>
      </Group>
    </Stack>
  );
}

function StoredScreening({ caseId, s, writable, onChanged }: { caseId: string; s: CaseScreening; writable: boolean; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const resultLabel = useCodeLabel('hasil_skrining_tppo');
  const determinationLabel = useCodeLabel('penetapan_tppo');
  const actor = useActorLabel();
  const [determining, setDetermining] = useState(false);
  const met = elementsMet(s);
  return (
    <Paper withBorder p="sm" data-testid="case-screening" data-result={s.result.result} data-person-id={s.person_id}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Badge color={resultColor(s.result.result)} data-testid="case-screening-result">
              {resultLabel(s.result.result)}
            </Badge>
            <Text size="xs" c="dimmed">
              {formatDate(s.screened_at, lang)} · {actor(s.screened_by)}
              {s.input.victim_age !== null ? ` · ${t('case.screen_age', { age: s.input.victim_age })}` : ''}
            </Text>
          </Group>
          <Text size="sm" data-testid="case-screening-elements">
            {t('case.elements_met')}:{' '}
            {met.length > 0 ? met.map((k) => t(ELEMENT_LABEL[k])).join(', ') : t('case.elements_none')}
          </Text>
          {s.determination ? (
            <Text size="sm" data-testid="case-screening-determination" data-determination={s.determination}>
              <b>{t('case.determination')}:</b> {determinationLabel(s.determination)} — {s.determination_note} (
              {actor(s.determined_by)}, {formatDate(s.determined_at, lang)})
            </Text>
          ) : (
            <Text size="sm" c="dimmed" data-testid="case-screening-undetermined">
              {t('case.determination_none')}
            </Text>
          )}
        </Stack>
        {writable && !determining && (
          <Button size="xs" variant="light" onClick={() => setDetermining(true)} data-testid="determination-open">
            {t('case.determine')}
          </Button>
        )}
      </Group>
      {determining && (
        <DeterminationForm
          caseId={caseId}
          screening={s}
          onDone={() => {
            setDetermining(false);
            onChanged();
          }}
        />
      )}
    </Paper>
  );
}

/** TPPO screening per victim: screen (stored with the case), the results so far, and the officer's determination. */
export function ScreeningsSection({ detail, writable, onChanged }: Props) {
  const { t } = useI18n();
  const [screening, setScreening] = useState<CasePartyView | null>(null);
  const victims = detail.parties.filter((p) => p.role === 'KORBAN');
  // Screenings are withheld (empty) from users who may not see the case's sensitive fields.
  const hidden = detail.case.masked_fields.length > 0;
  return (
    <Card withBorder data-testid="case-screenings">
      <Title order={4} mb="xs">
        {t('case.screenings')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('screening.disclaimer')}
      </Text>
      {hidden && (
        <Alert color="gray" mb="sm" data-testid="case-screenings-hidden">
          {t('case.screenings_hidden')}
        </Alert>
      )}
      {victims.length === 0 && (
        <Text c="dimmed" data-testid="screenings-no-victims">
          {t('case.screenings_no_victims')}
        </Text>
      )}
      <Stack>
        {victims.map((v) => {
          const own = detail.screenings.filter((s) => s.person_id === v.person_id);
          return (
            <Stack key={v.id} gap="xs" data-testid="victim-screenings" data-person-id={v.person_id}>
              <Group justify="space-between">
                <PartyName party={v} />
                {writable && (
                  <Button size="xs" variant="light" onClick={() => setScreening(v)} data-testid="screen-victim">
                    {t('case.screen')}
                  </Button>
                )}
              </Group>
              {own.length === 0 && !hidden && (
                <Text size="sm" c="dimmed">
                  {t('case.screenings_none')}
                </Text>
              )}
              {own.map((s) => (
                <StoredScreening key={s.id} caseId={detail.case.id} s={s} writable={writable} onChanged={onChanged} />
              ))}
            </Stack>
          );
        })}
      </Stack>
      {screening && (
        <CaseScreeningModal
          caseId={detail.case.id}
          personId={screening.person_id}
          personName={screening.person?.full_name ?? t('case.party_hidden')}
          onClose={() => setScreening(null)}
          onScreened={onChanged}
        />
      )}
    </Card>
  );
}
