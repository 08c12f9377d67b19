import { Badge } from '@mantine/core';
import { useI18n } from '../../i18n/i18n';
import { flagColor } from '../../lib/journey';

export function JourneyFlags({ flags }: { flags: string[] }) {
  const { tx } = useI18n();
  return (
    <>
      {flags.map((f) => (
        <Badge key={f} color={flagColor(f)} variant="filled" data-testid={`journey-flag-${f}`}>
          {tx(`flag.${f}`, f)}
        </Badge>
      ))}
    </>
  );
}
