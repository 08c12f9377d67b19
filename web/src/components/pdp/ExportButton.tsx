import { Alert, Button, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { exportPerson } from '../../api/pdp';
import { useI18n } from '../../i18n/i18n';
import { exportFileName } from '../../lib/pdp';
import { generalMessage } from '../../lib/problem';

/** Saves `data` as a pretty-printed JSON file through a temporary object URL. */
function saveJson(data: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, so the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads GET /persons/{id}/export (UU 27/2022 Ps 7, 13: access and a machine-readable copy) as a JSON file. */
export function ExportButton({ personId }: { personId: string }) {
  const { t, tx } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const res = await exportPerson(personId);
      const file = exportFileName(personId);
      saveJson(res.data, file);
      setDone(file);
    } catch (e) {
      setError(e instanceof ApiError ? generalMessage(e.problem, (k, f) => tx(k, f)) : String((e as Error).message ?? e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4} align="flex-end">
      <Tooltip label={t('export.help')} multiline w={320} withArrow>
        <Button variant="default" loading={busy} onClick={() => void download()} data-testid="person-export">
          {t('export.button')}
        </Button>
      </Tooltip>
      {done && (
        <Text size="xs" c="teal" data-testid="person-export-done">
          {t('export.done', { file: done })}
        </Text>
      )}
      {error && (
        <Alert color="red" title={t('export.failed')} data-testid="person-export-error" maw={420}>
          {error}
        </Alert>
      )}
    </Stack>
  );
}
