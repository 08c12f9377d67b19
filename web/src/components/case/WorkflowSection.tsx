import { Alert, Button, Card, Grid, Group, Stepper, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import type { CaseDetail } from '../../api/types';
import { useActorLabel } from '../../hooks/useActorLabel';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { CASE_STATUSES, isClosed, statusStep } from '../../lib/cases';
import { formatDate } from '../../lib/format';
import { CaseTransitionModal } from './CaseTransitionModal';

interface Props {
  detail: CaseDetail;
  etag: string;
  writable: boolean;
  onChanged: () => void;
}

/** The workflow: where the case stands on the status_kasus steps, "move status", and the transitions so far. */
export function WorkflowSection({ detail, etag, writable, onChanged }: Props) {
  const { t, lang } = useI18n();
  const statusLabel = useCodeLabel('status_kasus');
  const closureLabel = useCodeLabel('alasan_penutupan_kasus');
  const actor = useActorLabel();
  const [moving, setMoving] = useState(false);
  const c = detail.case;
  // The two closed statuses share the last step: show the one the case has (or "closed").
  const steps = CASE_STATUSES.filter((s) => s !== 'DITUTUP_DIRUJUK').map((s) =>
    s === 'DITUTUP' && c.status === 'DITUTUP_DIRUJUK' ? 'DITUTUP_DIRUJUK' : s,
  );
  const active = isClosed(c.status) ? steps.length : statusStep(c.status);
  return (
    <Card withBorder data-testid="case-workflow">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('case.workflow')}</Title>
        {writable && (
          <Button size="xs" onClick={() => setMoving(true)} data-testid="case-transition-open">
            {t('case.transition_open')}
          </Button>
        )}
      </Group>
      {c.status === 'MENUNGGU_PENUTUPAN' && (
        <Alert color="orange" mb="sm" data-testid="case-closure-pending">
          {t('case.closure_pending', { reason: closureLabel(c.closure_reason) })}
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stepper
            active={active}
            orientation="vertical"
            size="xs"
            data-testid="case-stepper"
            data-status={c.status}
          >
            {steps.map((s) => (
              <Stepper.Step key={s} label={statusLabel(s)} data-testid="case-step" data-step={s} />
            ))}
          </Stepper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Text size="sm" fw={500} mb={6}>
            {t('transition.history')}
          </Text>
          {detail.transitions.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="case-transitions-empty">
              {t('case.transitions_empty')}
            </Text>
          ) : (
            <Timeline active={detail.transitions.length - 1} bulletSize={14} lineWidth={2} data-testid="case-transitions">
              {detail.transitions.map((tr) => (
                <Timeline.Item
                  key={tr.id}
                  title={`${statusLabel(tr.from)} → ${statusLabel(tr.to)}`}
                  data-testid="case-transition"
                  data-to={tr.to}
                >
                  <Text size="xs" c="dimmed">
                    {t('transition.effective', { date: formatDate(tr.effective_date, lang) })} · {formatDate(tr.at, lang)}{' '}
                    · {actor(tr.actor)}
                  </Text>
                  {tr.closure_reason && (
                    <Text size="xs">{t('case.closure_reason_shown', { reason: closureLabel(tr.closure_reason) })}</Text>
                  )}
                  {tr.reason && <Text size="xs">{t('history.reason', { reason: tr.reason })}</Text>}
                </Timeline.Item>
              ))}
            </Timeline>
          )}
        </Grid.Col>
      </Grid>
      {moving && (
        <CaseTransitionModal
          kase={c}
          etag={etag}
          onClose={() => setMoving(false)}
          onDone={() => {
            setMoving(false);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
