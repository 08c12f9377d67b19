import { NumberInput, Table } from '@mantine/core';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import {
  AGE_GROUPS,
  SEXES,
  ageGroupTotal,
  matrixTotal,
  setCell,
  sexTotal,
  type AgeGroup,
  type ParticipantMatrix as Matrix,
  type Sex,
} from '../../lib/outreach';

const SEX_KEYS: Record<Sex, MessageKey> = { male: 'outreach.sex_male', female: 'outreach.sex_female', unknown: 'outreach.unknown' };
const AGE_KEYS: Record<AgeGroup, MessageKey> = { child: 'outreach.age_child', adult: 'outreach.age_adult', unknown: 'outreach.unknown' };

/** The participants by sex and child/adult with row, column and grand totals; editable when onChange is given. */
export function ParticipantMatrix({ value, onChange }: { value: Matrix; onChange?: (m: Matrix) => void }) {
  const { t } = useI18n();
  return (
    <Table withTableBorder data-testid="participant-matrix">
      <Table.Thead>
        <Table.Tr>
          <Table.Th />
          {AGE_GROUPS.map((a) => (
            <Table.Th key={a}>{t(AGE_KEYS[a])}</Table.Th>
          ))}
          <Table.Th>{t('outreach.total')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {SEXES.map((s) => (
          <Table.Tr key={s}>
            <Table.Th>{t(SEX_KEYS[s])}</Table.Th>
            {AGE_GROUPS.map((a) => (
              <Table.Td key={a}>
                {onChange ? (
                  <NumberInput
                    size="xs"
                    min={0}
                    allowDecimal={false}
                    value={value[s][a]}
                    onChange={(v) => onChange(setCell(value, s, a, v))}
                    aria-label={`${t(SEX_KEYS[s])} ${t(AGE_KEYS[a])}`}
                    data-testid={`participants-${s}-${a}`}
                  />
                ) : (
                  value[s][a]
                )}
              </Table.Td>
            ))}
            <Table.Td>{sexTotal(value, s)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th>{t('outreach.total')}</Table.Th>
          {AGE_GROUPS.map((a) => (
            <Table.Td key={a}>{ageGroupTotal(value, a)}</Table.Td>
          ))}
          <Table.Td fw={700} data-testid="participants-total">
            {matrixTotal(value)}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
