import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { personsApi } from '../../api/persons';
import { useAsync } from '../../hooks/useAsync';
import { useCodeLabel } from '../../hooks/useCodelist';
import { formatValue } from '../../lib/format';
import { CODED_FIELDS, FAMILY_FIELD, isCodedField, parseFamilyLink, type CodedField } from '../../lib/history';

/** Labels for the coded values of a change record, in the current language (codelists from the reference API). */
export interface HistoryLabels {
  code: (field: CodedField, code: string) => string;
  relation: (code: string) => string;
}

export function useHistoryLabels(): HistoryLabels {
  const pmiStatus = useCodeLabel(CODED_FIELDS.pmi_status);
  const sex = useCodeLabel(CODED_FIELDS.sex);
  const marital = useCodeLabel(CODED_FIELDS.marital_status);
  const education = useCodeLabel(CODED_FIELDS.education);
  const relation = useCodeLabel('hubungan_keluarga');
  const byField: Record<CodedField, (code: string) => string> = {
    pmi_status: pmiStatus,
    sex,
    marital_status: marital,
    education,
  };
  return { code: (field, code) => byField[field](code), relation };
}

/** The related person's name (their id while it loads or when they cannot be read), linking to their profile. */
function RelatedPersonLink({ id }: { id: string }) {
  const { data } = useAsync(() => personsApi.get(id), [id]);
  return (
    <Anchor component={Link} to={`/persons/${encodeURIComponent(id)}`} inherit data-testid="history-family-person">
      {data?.data.full_name ?? id}
    </Anchor>
  );
}

interface Props {
  field: string;
  value: unknown;
  labels: HistoryLabels;
}

/** One before/after value of a change record, shown readably: family links, codelist labels, or compact JSON. */
export function HistoryValue({ field, value, labels }: Props) {
  if (value === null || value === undefined) return <>—</>;
  if (field === FAMILY_FIELD) {
    const link = parseFamilyLink(value);
    if (link) {
      return (
        <Text span inherit data-testid="history-family-link">
          {labels.relation(link.relation)}: <RelatedPersonLink id={link.related_person_id} />
        </Text>
      );
    }
  }
  if (isCodedField(field) && typeof value === 'string') return <>{labels.code(field, value)}</>;
  return <>{formatValue(value)}</>;
}
