import { Anchor, Button, Card, FileInput, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { ATTACHMENT_TYPES, caseAttachmentsApi } from '../../api/attachments';
import { ApiError } from '../../api/client';
import { useActorLabel } from '../../hooks/useActorLabel';
import { useAsync } from '../../hooks/useAsync';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { IdempotencyKeeper } from '../../lib/idempotency';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';
import { LoadState } from '../common/LoadError';

const FIELDS = ['content', 'file_name', 'description'] as const;

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * "Lampiran": the documents and photos of the case (append-only). Hidden when the server answers 403 (only those
 * who may see the case's sensitive fields list, upload and download them). Files are downloaded through plain
 * links; the server sends them as attachments, never to be shown inline. `writable` (default true) hides the
 * upload form, e.g. for closed cases or a case seen through a referral.
 */
export function AttachmentsSection({ caseId, writable = true }: { caseId: string; writable?: boolean }) {
  const { t, lang } = useI18n();
  const actor = useActorLabel();
  const { data, loading, error, reload } = useAsync(() => caseAttachmentsApi.list(caseId), [caseId]);
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const keeper = useRef(new IdempotencyKeeper());
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);
  if (error instanceof ApiError && error.status === 403) return null;
  const items = data?.data.items ?? [];

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    clear();
    try {
      const key = keeper.current.keyFor({ caseId, name: file.name, size: file.size, modified: file.lastModified, description });
      await caseAttachmentsApi.upload(caseId, file, description, key);
      keeper.current.reset();
      setFile(null);
      setDescription('');
      reload();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder data-testid="case-attachments">
      <Title order={4} mb="sm">
        {t('attachment.section')}
      </Title>
      {!data ? (
        <LoadState loading={loading} error={error} />
      ) : items.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="attachments-empty">
          {t('attachment.empty')}
        </Text>
      ) : (
        <Table data-testid="attachment-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attachment.file')}</Table.Th>
              <Table.Th>{t('attachment.description')}</Table.Th>
              <Table.Th>{t('attachment.size')}</Table.Th>
              <Table.Th>{t('attachment.added')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id} data-testid="attachment-item">
                <Table.Td>
                  <Anchor href={caseAttachmentsApi.contentUrl(caseId, a.id)} download={a.file_name} data-testid="attachment-download">
                    {a.file_name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{a.description ?? '—'}</Table.Td>
                <Table.Td>{formatSize(a.size_bytes)}</Table.Td>
                <Table.Td>
                  {formatDate(a.created_at, lang)} · {actor(a.created_by)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {writable && (
        <Stack gap="xs" mt="sm">
          <FileInput
            label={t('attachment.add')}
            description={t('attachment.types_hint')}
            accept={ATTACHMENT_TYPES.join(',')}
            value={file}
            onChange={setFile}
            clearable
            error={fieldError('content') ?? fieldError('file_name')}
            data-testid="attachment-file-input"
          />
          <TextInput
            label={t('attachment.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            maxLength={500}
            error={fieldError('description')}
            data-testid="attachment-description-input"
          />
          <GeneralErrorAlert errors={errors} />
          <Group justify="flex-end">
            <Button size="xs" onClick={() => void submit()} loading={busy} disabled={!file} data-testid="attachment-submit">
              {t('attachment.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
