import { Badge, Group, List, Paper, Text } from '@mantine/core';
import { referenceApi } from '../../api/reference';
import { useAsync } from '../../hooks/useAsync';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';

/** What the NIK itself says (GET /reference/nik/{nik}): sex, birth date and place of first registration. */
export function NikInfoPanel({ nik }: { nik: string }) {
  const { t, tx, lang } = useI18n();
  const sexLabel = useCodeLabel('jenis_kelamin');
  const { data } = useAsync(() => referenceApi.nik(nik), [nik]);
  if (!data) return null;
  const place = [data.district?.name, data.regency?.name, data.province?.name].filter(Boolean).join(', ');
  return (
    <Paper withBorder p="sm" bg="gray.0" data-testid="nik-info">
      <Group gap="xs" mb={4}>
        <Text size="sm" fw={600}>
          {t('nik.decoded')}
        </Text>
        <Badge color={data.valid ? 'teal' : 'red'} variant="light" data-testid="nik-valid">
          {data.valid ? t('nik.valid') : t('nik.invalid')}
        </Badge>
      </Group>
      <Group gap="xl">
        <Text size="sm">
          {t('person.sex')}: <b data-testid="nik-sex">{data.sex ? sexLabel(data.sex) : '—'}</b>
        </Text>
        <Text size="sm">
          {t('person.birth_date')}:{' '}
          <b data-testid="nik-birth-date">
            {data.birth_date_candidates.map((d) => formatDate(d, lang)).join(` ${t('common.or')} `) || '—'}
          </b>
        </Text>
        <Text size="sm">
          {t('nik.region')}: <b data-testid="nik-region">{place || '—'}</b>
        </Text>
      </Group>
      {data.problems.length > 0 && (
        <List size="sm" mt={4}>
          {data.problems.map((p) => (
            <List.Item key={p.code} c={p.severity === 'error' ? 'red' : 'yellow.8'}>
              {tx(`nikProblem.${p.code}`, p.message)}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
