import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { caseNotesApi } from '../../api/caseWork';
import { ApiError } from '../../api/client';
import { useActorLabel } from '../../hooks/useActorLabel';
import { useAsync } from '../../hooks/useAsync';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { IdempotencyKeeper } from '../../lib/idempotency';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';
import { LoadState } from '../common/LoadError';

const FIELDS = ['text'] as const;

/**
 * "Catatan": the append-only notes of the case (never edited or deleted; a correction is a new note). Hidden when
 * the server answers 403 (only those who may see the case's sensitive fields read and write notes).
 */
export function NotesSection({ caseId, writable }: { caseId: string; writable: boolean }) {
  const { t, lang } = useI18n();
  const actor = useActorLabel();
  const { data, loading, error, reload } = useAsync(() => caseNotesApi.list(caseId), [caseId]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const keeper = useRef(new IdempotencyKeeper());
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);
  if (error instanceof ApiError && error.status === 403) return null;
  const items = data?.data.items ?? [];

  const submit = async () => {
    const body = text.trim();
    if (!body) return;
    setBusy(true);
    clear();
    try {
      await caseNotesApi.create(caseId, body, keeper.current.keyFor({ caseId, body }));
      keeper.current.reset();
      setText('');
      reload();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder data-testid="case-notes">
      <Title order={4} mb="sm">
        {t('note.section')}
      </Title>
      {!data ? (
        <LoadState loading={loading} error={error} />
      ) : items.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="notes-empty">
          {t('note.empty')}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="note-list">
          {items.map((n) => (
            <Card key={n.id} withBorder padding="xs" bg="gray.0" data-testid="note-item">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="note-text">
                {n.text}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {formatDate(n.created_at, lang)} · {actor(n.created_by)}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
      {writable && (
        <Stack gap="xs" mt="sm">
          <Textarea
            label={t('note.add')}
            description={t('note.append_only')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError('text')}
            autosize
            minRows={2}
            maxLength={5000}
            data-testid="note-text-input"
          />
          <GeneralErrorAlert errors={errors} />
          <Group justify="flex-end">
            <Button size="xs" onClick={() => void submit()} loading={busy} disabled={!text.trim()} data-testid="note-submit">
              {t('note.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
