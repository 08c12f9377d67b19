import { Input, SimpleGrid } from '@mantine/core';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { regionAncestors } from '../../lib/regions';
import { RegionLevelSelect } from './RegionLevelSelect';

const LEVELS: MessageKey[] = ['region.province', 'region.regency', 'region.district', 'region.village'];

interface Props {
  label: string;
  /** The deepest chosen code (any level). */
  value: string;
  onChange: (code: string) => void;
  error?: string;
  testId?: string;
  /** How many levels to offer: 4 (down to village, the default) or 2 (province and regency, for agencies). */
  levels?: number;
}

/** Province -> regency -> district -> village, each loaded from /reference/regions?parent=. */
export function RegionCascade({ label, value, onChange, error, testId = 'region', levels = 4 }: Props) {
  const { t } = useI18n();
  const chain = regionAncestors(value).slice(0, levels);
  return (
    <Input.Wrapper label={label} error={error}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: levels }} spacing="xs">
        {LEVELS.slice(0, levels).map((key, level) => {
          const parent = level === 0 ? undefined : chain[level - 1];
          if (level > 0 && !parent) return null;
          return (
            <RegionLevelSelect
              key={`${level}:${parent ?? ''}`}
              label={t(key)}
              parent={parent}
              value={chain[level] ?? ''}
              onChange={(code) => onChange(code || (parent ?? ''))}
              testId={`${testId}-level-${level + 1}`}
            />
          );
        })}
      </SimpleGrid>
    </Input.Wrapper>
  );
}
