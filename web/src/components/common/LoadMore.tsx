import { Button, Center } from '@mantine/core';
import { useI18n } from '../../i18n/i18n';

/** "Load more" under a cursor-paged list, shown while there is a next page. */
export function LoadMore({ cursor, loading, onMore, testId }: { cursor: string | null; loading: boolean; onMore: () => void; testId: string }) {
  const { t } = useI18n();
  if (!cursor) return null;
  return (
    <Center mt="sm">
      <Button variant="light" size="xs" loading={loading} onClick={onMore} data-testid={testId}>
        {t('action.load_more')}
      </Button>
    </Center>
  );
}
