import { Stepper, Text } from '@mantine/core';
import type { JourneyStatus, Phase } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { PHASES, STATUSES_BY_PHASE, phaseStep } from '../../lib/journey';

/** The three protection phases of UU 18/2017 Ps 7 with the journey's statuses under each. */
export function PhaseStepper({ status, phase }: { status: JourneyStatus; phase: Phase }) {
  const { t, tx } = useI18n();
  const active = phaseStep(status, phase);
  const closedEarly = status === 'closed' && phase !== 'after';
  return (
    <Stepper active={active} size="sm" color={closedEarly ? 'gray' : undefined} data-testid="journey-phases" data-phase={phase}>
      {PHASES.map((p) => (
        <Stepper.Step
          key={p}
          label={t(`phase.${p}`)}
          description={
            <Text size="xs" component="span">
              {STATUSES_BY_PHASE[p].map((s, i) => (
                <span key={s} style={{ fontWeight: s === status ? 700 : 400 }}>
                  {i > 0 && ' → '}
                  {tx(`status.${s}`, s)}
                </span>
              ))}
              {p === phase && status === 'closed' && ` → ${tx('status.closed', 'closed')}`}
            </Text>
          }
        />
      ))}
    </Stepper>
  );
}
