import { Badge, Group, Table, Text } from '@mantine/core';
import type { Journey } from '../../api/types';
import { useCodeLabel, useCodelist } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { DOC_STATUS_COLOR } from '../../lib/journey';

/** The nine UU 18/2017 Ps 13 documents and their status. */
export function DocumentChecklist({ journey }: { journey: Journey }) {
  const { t, label } = useI18n();
  const docs = useCodelist('dokumen_pmi');
  const status = useCodeLabel('status_dokumen');
  const byCode = new Map(journey.documents.map((d) => [d.code, d]));
  const codes = docs.length > 0 ? docs.map((d) => d.code) : journey.documents.map((d) => d.code);
  return (
    <div data-testid="journey-documents">
      <Group gap="xs" mb={4}>
        <Text size="sm" fw={500}>
          {t('documents.title')}
        </Text>
        <Badge
          color={journey.documents_complete ? 'teal' : 'orange'}
          variant="light"
          data-testid="journey-documents-complete"
        >
          {journey.documents_complete
            ? t('documents.complete')
            : t('documents.incomplete', { n: journey.missing_documents.length })}
        </Badge>
      </Group>
      <Table fz="xs" withTableBorder verticalSpacing={2}>
        <Table.Tbody>
          {codes.map((code) => {
            const d = byCode.get(code);
            const s = d?.status ?? 'missing';
            return (
              <Table.Tr key={code} data-testid="journey-document" data-code={code} data-doc-status={s}>
                <Table.Td>{label(docs.find((x) => x.code === code), code)}</Table.Td>
                <Table.Td w={130}>
                  <Badge size="xs" color={DOC_STATUS_COLOR[s] ?? 'gray'} variant="light">
                    {status(s)}
                  </Badge>
                </Table.Td>
                <Table.Td w={160}>{d?.number ?? ''}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
