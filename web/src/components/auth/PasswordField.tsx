import { Group, PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { usePasswordStrength } from '../../hooks/usePasswordStrength';
import { useI18n, type MessageKey } from '../../i18n/i18n';

const SCORE_COLOR = ['red', 'red', 'orange', 'teal', 'green'];
const SCORE_KEY: MessageKey[] = [
  'password.score_0', 'password.score_1', 'password.score_2', 'password.score_3', 'password.score_4',
];

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Username, display name...: a password built from them is weak. */
  userInputs?: string[];
  testId: string;
  required?: boolean;
}

/** A new password with a strength meter (zxcvbn-ts, Indonesian dictionary). The server's rule decides. */
export function PasswordField({ label, value, onChange, error, userInputs = [], testId, required }: Props) {
  const { t, tx } = useI18n();
  const strength = usePasswordStrength(value, userInputs);
  return (
    <Stack gap={4}>
      <PasswordInput
        label={label}
        description={t('password.rule')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        autoComplete="new-password"
        required={required}
        data-testid={testId}
      />
      {strength && (
        <Stack gap={2} data-testid={`${testId}-strength`} data-score={strength.score}>
          <Progress value={(strength.score + 1) * 20} color={SCORE_COLOR[strength.score]} size="sm" aria-hidden />
          <Group justify="space-between" gap="xs">
            <Text size="xs" c={SCORE_COLOR[strength.score]} fw={500}>
              {t('password.strength', { label: t(SCORE_KEY[strength.score]) })}
            </Text>
            {strength.tooShort && (
              <Text size="xs" c="dimmed">
                {t('password.too_short', { n: value.length })}
              </Text>
            )}
          </Group>
          {strength.warning && (
            <Text size="xs" c="dimmed">
              {tx(`password.warning.${strength.warning}`, t('password.warning_generic'))}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
