import { Anchor, Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { casesApi } from '../../api/cases';
import type { CaseDetail, CasePartyView } from '../../api/types';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';
import { AddPartyModal } from './AddPartyModal';

interface Props {
  detail: CaseDetail;
  writable: boolean;
  onChanged: () => void;
}

/** The name of a party's person, linking to the profile; "cannot be shown" when the person is outside your scope. */
export function PartyName({ party }: { party: Pick<CasePartyView, 'person' | 'person_id'> }) {
  const { t } = useI18n();
  if (!party.person) {
    return (
      <Text size="sm" c="dimmed" fs="italic" data-testid="party-person-hidden">
        {t('case.party_hidden')}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={`/persons/${party.person_id}`} data-testid="party-person-link">
      {party.person.full_name}
    </Anchor>
  );
}

/** The persons of the case in their roles (one case, many victims); add after searching the registry, remove. */
export function PartiesSection({ detail, writable, onChanged }: Props) {
  const { t } = useI18n();
  const roleLabel = useCodeLabel('peran_dalam_kasus');
  const relLabel = useCodeLabel('hubungan_pelaku');
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const { errors, fail, clear } = useFormErrors([]);
  const remove = async (partyId: string) => {
    clear();
    setRemoving(partyId);
    try {
      await casesApi.removeParty(detail.case.id, partyId);
      onChanged();
    } catch (e) {
      fail(e);
    } finally {
      setRemoving(null);
    }
  };
  return (
    <Card withBorder data-testid="case-parties">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('case.parties')}</Title>
        {writable && (
          <Button size="xs" onClick={() => setAdding(true)} data-testid="party-add">
            {t('case.party_add')}
          </Button>
        )}
      </Group>
      {detail.parties.length === 0 ? (
        <Text c="dimmed" data-testid="parties-empty">
          {t('case.parties_empty')}
        </Text>
      ) : (
        <Table data-testid="party-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('case.party_role')}</Table.Th>
              <Table.Th>{t('case.party_person')}</Table.Th>
              <Table.Th>{t('case.party_relationship')}</Table.Th>
              {writable && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.parties.map((p) => (
              <Table.Tr key={p.id} data-testid="party-row" data-role={p.role} data-person-id={p.person_id}>
                <Table.Td>
                  <Badge variant="light" color={p.role === 'KORBAN' ? 'orange' : 'gray'}>
                    {roleLabel(p.role)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <PartyName party={p} />
                  {p.note && (
                    <Text size="xs" c="dimmed">
                      {p.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{p.relationship_to_victim ? relLabel(p.relationship_to_victim) : '—'}</Table.Td>
                {writable && (
                  <Table.Td align="right">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={removing === p.id}
                      onClick={() => void remove(p.id)}
                      data-testid="party-remove"
                    >
                      {t('case.party_remove')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <GeneralErrorAlert errors={errors} />
      {adding && (
        <AddPartyModal
          caseId={detail.case.id}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
