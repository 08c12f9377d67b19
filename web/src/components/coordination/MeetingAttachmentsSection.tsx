import { Anchor, Badge, Button, Card, FileInput, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { ATTACHMENT_TYPES } from '../../api/attachments';
import { meetingAttachmentsApi } from '../../api/meetingAttachments';
import { useAuth } from '../../auth/AuthContext';
import { useActorLabel } from '../../hooks/useActorLabel';
import { useAsync } from '../../hooks/useAsync';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { canAdminister, canWriteCoordination } from '../../lib/access';
import { formatDate } from '../../lib/format';
import { IdempotencyKeeper } from '../../lib/idempotency';
import { CodelistSelect } from '../common/CodelistSelect';
import { LoadState } from '../common/LoadError';
import { WriteError } from './WriteError';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * "Dokumen rapat": the signed agreement, the minutes, the attendance list of a meeting. Everyone lists them; an
 * attendance list names people, so it is downloadable only for the meeting's agencies and national scope (the
 * server says so per item). Coordination writers of the meeting's agencies (`agencyIds`: convening and
 * participating) upload; the uploader or the convening agency (`convenerIds`) removes.
 */
export function MeetingAttachmentsSection({
  meetingId,
  agencyIds,
  convenerIds,
}: {
  meetingId: string;
  agencyIds: string[];
  convenerIds: string[];
}) {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const actor = useActorLabel();
  const kindLabel = useCodeLabel('jenis_lampiran_rapat');
  const { data, loading, error, reload } = useAsync(() => meetingAttachmentsApi.list(meetingId), [meetingId]);
  const [kind, setKind] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [writeError, setWriteError] = useState<unknown>(null);
  const keeper = useRef(new IdempotencyKeeper());
  const ownAgency = me?.agency.id ?? '';
  const writer = canWriteCoordination(me) && (canAdminister(me) || agencyIds.includes(ownAgency));
  const mayRemove = (createdBy: string) =>
    writer && (canAdminister(me) || createdBy === me?.id || convenerIds.includes(ownAgency));
  const items = data?.data.items ?? [];

  const submit = async () => {
    if (!file || !kind) return;
    setBusy(true);
    setWriteError(null);
    try {
      const key = keeper.current.keyFor({ meetingId, kind, name: file.name, size: file.size, modified: file.lastModified, description });
      await meetingAttachmentsApi.upload(meetingId, kind, file, description, key);
      keeper.current.reset();
      setFile(null);
      setDescription('');
      reload();
    } catch (e) {
      setWriteError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: string) => {
    setWriteError(null);
    try {
      await meetingAttachmentsApi.remove(id);
      reload();
    } catch (e) {
      setWriteError(e);
    }
  };

  return (
    <Card withBorder data-testid="meeting-attachments">
      <Title order={4} mb="xs">
        {t('coord.attachments')}
      </Title>
      {!data ? (
        <LoadState loading={loading} error={error} />
      ) : items.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="meeting-attachments-empty">
          {t('coord.no_attachments')}
        </Text>
      ) : (
        <Table data-testid="meeting-attachment-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('coord.attachment_kind')}</Table.Th>
              <Table.Th>{t('attachment.file')}</Table.Th>
              <Table.Th>{t('attachment.description')}</Table.Th>
              <Table.Th>{t('attachment.size')}</Table.Th>
              <Table.Th>{t('attachment.added')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id} data-testid="meeting-attachment-item" data-kind={a.kind}>
                <Table.Td>
                  <Badge variant="light">{kindLabel(a.kind)}</Badge>
                </Table.Td>
                <Table.Td>
                  {a.downloadable ? (
                    <Anchor href={meetingAttachmentsApi.contentUrl(a.id)} download={a.file_name} data-testid="meeting-attachment-download">
                      {a.file_name}
                    </Anchor>
                  ) : (
                    <Text span c="dimmed" data-testid="meeting-attachment-restricted" title={t('coord.attachment_restricted')}>
                      {a.file_name} · {t('coord.attachment_restricted')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{a.description ?? '—'}</Table.Td>
                <Table.Td>{formatSize(a.size_bytes)}</Table.Td>
                <Table.Td>
                  {formatDate(a.created_at, lang)} · {actor(a.created_by)}
                </Table.Td>
                <Table.Td>
                  {mayRemove(a.created_by) && (
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(a.id)} data-testid="meeting-attachment-remove">
                      {t('coord.attachment_remove')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {writer && (
        <Stack gap="xs" mt="sm">
          <Group grow align="flex-start">
            <CodelistSelect
              codelist="jenis_lampiran_rapat"
              label={t('coord.attachment_kind')}
              value={kind}
              onChange={setKind}
              required
              testId="meeting-attachment-kind"
            />
            <FileInput
              label={t('attachment.add')}
              description={t('attachment.types_hint')}
              accept={ATTACHMENT_TYPES.join(',')}
              value={file}
              onChange={setFile}
              clearable
              data-testid="meeting-attachment-file"
            />
          </Group>
          <TextInput
            label={t('attachment.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            maxLength={500}
            data-testid="meeting-attachment-description"
          />
          <WriteError error={writeError} testId="meeting-attachment-error" />
          <Group justify="flex-end">
            <Button size="xs" onClick={() => void submit()} loading={busy} disabled={!file || !kind} data-testid="meeting-attachment-submit">
              {t('attachment.submit')}
            </Button>
          </Group>
        </Stack>
      )}
      {!writer && <WriteError error={writeError} testId="meeting-attachment-error" />}
    </Card>
  );
}
