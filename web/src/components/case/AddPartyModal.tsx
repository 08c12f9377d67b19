import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { casesApi } from '../../api/cases';
import type { CasePartyInput, SearchHit } from '../../api/types';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { IdempotencyKeeper } from '../../lib/idempotency';
import { CodelistSelect } from '../common/CodelistSelect';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';
import { PersonSearchBox } from '../common/PersonSearchBox';

interface Props {
  caseId: string;
  onClose: () => void;
  onAdded: () => void;
}

const FIELDS = ['person_id', 'role', 'relationship_to_victim', 'note'] as const;
/** Roles that say how the perpetrator relates to the victim (codelist hubungan_pelaku). */
const WITH_RELATIONSHIP = ['TERDUGA_PELAKU', 'PEREKRUT', 'PEMBERI_KERJA'];

/** Adds a registry person in a role: search first, and only then offer to register a new person. */
export function AddPartyModal({ caseId, onClose, onAdded }: Props) {
  const { t } = useI18n();
  const [role, setRole] = useState('KORBAN');
  const [relationship, setRelationship] = useState('');
  const [note, setNote] = useState('');
  const [hit, setHit] = useState<SearchHit | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);
  const keeper = useRef(new IdempotencyKeeper());
  const withRelationship = WITH_RELATIONSHIP.includes(role);

  const submit = async () => {
    if (!hit) return;
    setBusy(true);
    clear();
    const body: CasePartyInput = { person_id: hit.person.id, role };
    if (withRelationship && relationship) body.relationship_to_victim = relationship;
    if (note.trim()) body.note = note.trim();
    try {
      await casesApi.addParty(caseId, body, keeper.current.keyFor(body));
      keeper.current.reset();
      onAdded();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('case.party_add')} size="lg">
      <Stack data-testid="party-modal">
        <CodelistSelect
          codelist="peran_dalam_kasus"
          label={t('case.party_role')}
          value={role}
          onChange={setRole}
          error={fieldError('role')}
          required
          noEmpty
          testId="party-role"
        />
        {withRelationship && (
          <CodelistSelect
            codelist="hubungan_pelaku"
            label={t('case.party_relationship')}
            value={relationship}
            onChange={setRelationship}
            error={fieldError('relationship_to_victim')}
            testId="party-relationship"
          />
        )}
        {hit ? (
          <Alert color="teal" variant="light" title={t('case.party_chosen')} data-testid="party-chosen">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={500}>
                {hit.person.full_name}
                {hit.person.birth_date ? ` · ${hit.person.birth_date}` : ''}
              </Text>
              <Button size="xs" variant="subtle" onClick={() => setHit(null)} data-testid="party-change">
                {t('action.change')}
              </Button>
            </Group>
          </Alert>
        ) : (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('case.party_search')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('case.party_search_help')}
            </Text>
            <PersonSearchBox onSelect={setHit} testId="party-search" autoFocus />
            <Text size="sm">
              {t('case.party_not_found')}{' '}
              <Anchor component={Link} to="/persons/new" target="_blank" data-testid="party-create-person">
                {t('case.party_create_person')}
              </Anchor>
            </Text>
          </Stack>
        )}
        {fieldError('person_id') && (
          <Text size="sm" c="red">
            {fieldError('person_id')}
          </Text>
        )}
        <Textarea
          label={t('case.party_note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError('note')}
          autosize
          minRows={1}
          maxLength={2000}
          data-testid="party-note"
        />
        <GeneralErrorAlert errors={errors} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button onClick={() => void submit()} disabled={!hit} loading={busy} data-testid="party-submit">
            {t('case.party_submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
