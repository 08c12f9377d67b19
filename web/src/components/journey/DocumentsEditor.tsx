import { Input, Table, TextInput } from '@mantine/core';
import type { JourneyDocument } from '../../api/types';
import { useCodelist } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { CodelistSelect } from '../common/CodelistSelect';

interface Props {
  documents: Record<string, JourneyDocument>;
  onChange: (code: string, patch: Partial<JourneyDocument>) => void;
  fieldError: (path: string) => string | undefined;
}

/** The nine Ps 13 documents with a status from codelist status_dokumen, number and expiry. */
export function DocumentsEditor({ documents, onChange, fieldError }: Props) {
  const { t, label } = useI18n();
  const docs = useCodelist('dokumen_pmi');
  return (
    <Input.Wrapper label={t('documents.title')} description={t('documents.help')} error={fieldError('documents')}>
      <Table withTableBorder verticalSpacing={4} data-testid="documents-editor">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('documents.document')}</Table.Th>
            <Table.Th w={170}>{t('documents.status')}</Table.Th>
            <Table.Th w={170}>{t('documents.number')}</Table.Th>
            <Table.Th w={160}>{t('documents.expires_on')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {docs.map((item, i) => {
            const d = documents[item.code];
            const err = (f: string) => fieldError(`documents[${i}].${f}`) ?? (f === 'status' ? fieldError(`documents[${i}]`) : undefined);
            return (
              <Table.Tr key={item.code}>
                <Table.Td fz="sm">{label(item)}</Table.Td>
                <Table.Td>
                  <CodelistSelect
                    codelist="status_dokumen"
                    label=""
                    aria-label={`${label(item)} — ${t('documents.status')}`}
                    value={d?.status || 'missing'}
                    onChange={(status) => onChange(item.code, { status })}
                    error={err('status')}
                    size="xs"
                    noEmpty
                    testId={`doc-status-${item.code}`}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`${label(item)} — ${t('documents.number')}`}
                    value={d?.number ?? ''}
                    onChange={(e) => onChange(item.code, { number: e.currentTarget.value })}
                    error={err('number')}
                    data-testid={`doc-number-${item.code}`}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    type="date"
                    aria-label={`${label(item)} — ${t('documents.expires_on')}`}
                    value={d?.expires_on ?? ''}
                    onChange={(e) => onChange(item.code, { expires_on: e.currentTarget.value })}
                    error={err('expires_on')}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Input.Wrapper>
  );
}
