import { Text, Timeline } from '@mantine/core';
import { journeysApi } from '../../api/journeys';
import { useAsync } from '../../hooks/useAsync';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';

/** Status changes of one journey (GET /journeys/{id}/transitions); reloads when the version changes. */
export function TransitionHistory({ journeyId, version }: { journeyId: string; version: number }) {
  const { t, tx, lang } = useI18n();
  const { data } = useAsync(() => journeysApi.transitions(journeyId), [journeyId, version]);
  const items = data?.data.items ?? [];
  if (items.length === 0) return null;
  return (
    <div data-testid="journey-transitions">
      <Text size="sm" fw={500} mb={6}>
        {t('transition.history')}
      </Text>
      <Timeline active={items.length - 1} bulletSize={14} lineWidth={2}>
        {items.map((tr) => (
          <Timeline.Item
            key={tr.id}
            title={`${tx(`status.${tr.from}`, tr.from)} → ${tx(`status.${tr.to}`, tr.to)}`}
            data-testid="journey-transition"
          >
            <Text size="xs" c="dimmed">
              {t('transition.effective', { date: formatDate(tr.effective_date, lang) })} · {formatDate(tr.at, lang)} ·{' '}
              {tr.actor}
            </Text>
            {tr.reason && <Text size="xs">{t('history.reason', { reason: tr.reason })}</Text>}
            {tr.override_reason && (
              <Text size="xs" c="orange.8">
                {t('transition.override_reason_shown', { reason: tr.override_reason })}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </div>
  );
}
