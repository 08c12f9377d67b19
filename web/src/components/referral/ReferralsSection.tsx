import { Button, Card, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { referralsApi } from '../../api/referrals';
import type { CaseDetail } from '../../api/types';
import { useAgencyDirectory } from '../../hooks/useAgencyDirectory';
import { useAsync } from '../../hooks/useAsync';
import { useI18n } from '../../i18n/i18n';
import { caseSuggestionRegion } from '../../lib/directory';
import { LoadState } from '../common/LoadError';
import { ReferModal } from './ReferModal';
import { ReferralTable } from './ReferralTable';

interface Props {
  detail: CaseDetail;
  /** The user may refer this case (case write rights, an open case of their own scope). */
  writable: boolean;
  rev: number;
}

/** "Rujukan": the referrals of the case your agency sent or received (the chain), and "Rujuk". */
export function ReferralsSection({ detail, writable, rev }: Props) {
  const { t } = useI18n();
  const directory = useAgencyDirectory();
  const [referring, setReferring] = useState(false);
  const caseId = detail.case.id;
  const { data, loading, error, reload } = useAsync(() => referralsApi.listForCase(caseId), [caseId, rev]);
  const items = data?.data.items ?? [];
  const victims = detail.parties.filter((p) => p.role === 'KORBAN');
  const personName = (id: string) => detail.parties.find((p) => p.person_id === id)?.person?.full_name ?? null;
  return (
    <Card withBorder data-testid="case-referrals">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('referral.section')}</Title>
        {writable && (
          <Button size="xs" onClick={() => setReferring(true)} disabled={victims.length === 0} data-testid="referral-new">
            {t('referral.refer')}
          </Button>
        )}
      </Group>
      {!data ? (
        <LoadState loading={loading} error={error} />
      ) : items.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="referrals-empty">
          {t('referral.empty_case')}
        </Text>
      ) : (
        <ReferralTable items={items} nameOf={directory.nameOf} personName={personName} />
      )}
      {referring && (
        <ReferModal
          caseId={caseId}
          victims={victims}
          directory={directory}
          suggestRegion={caseSuggestionRegion(detail.case)}
          onClose={() => setReferring(false)}
          onSent={() => {
            setReferring(false);
            reload();
          }}
        />
      )}
    </Card>
  );
}
