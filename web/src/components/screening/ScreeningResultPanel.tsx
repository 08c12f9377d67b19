import { Alert, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { TppoScreeningResult } from '../../api/types';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import {
  FORCED_LABOUR_COLOR,
  elementRows,
  explanationFor,
  forcedLabourStatus,
  resultColor,
  type ElementKey,
  type ForcedLabourStatus,
} from '../../lib/screening';

const ELEMENT_LABEL: Record<ElementKey, MessageKey> = {
  act: 'screening.element.act',
  means: 'screening.element.means',
  purpose: 'screening.element.purpose',
  child: 'screening.element.child',
  exploitation_occurred: 'screening.element.exploitation_occurred',
};

const FORCED_LABOUR_LABEL: Record<ForcedLabourStatus, MessageKey> = {
  suspected: 'screening.fl.suspected',
  refer: 'screening.fl.refer',
  none: 'screening.fl.none',
};

/** Always shown with a result: the officer decides, and consent changes nothing. */
export function ScreeningNotice() {
  const { t } = useI18n();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} data-testid="screening-disclaimer">
        {t('screening.disclaimer')}
      </Text>
      <Text size="sm" c="dimmed" data-testid="screening-consent-note">
        {t('screening.consent_note')}
      </Text>
    </Stack>
  );
}

/** The answer of POST /screenings/tppo: result, elements met, legal basis, explanation, ILO-11 part. */
export function ScreeningResultPanel({ result: r }: { result: TppoScreeningResult }) {
  const { t, lang } = useI18n();
  const resultLabel = useCodeLabel('hasil_skrining_tppo');
  const indicator = useCodeLabel('ilo_forced_labour');
  const fl = forcedLabourStatus(r.forced_labour);
  const indicators = (codes: string[]) =>
    codes.length > 0 ? codes.map((c) => `${c} · ${indicator(c)}`).join('; ') : t('screening.fl.none_found');
  return (
    <Stack data-testid="screening-result-panel">
      <Alert
        color={resultColor(r.result)}
        variant="light"
        title={resultLabel(r.result)}
        data-testid="screening-result"
        data-result={r.result}
        styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        <Text size="sm" data-testid="screening-explanation">
          {explanationFor(r, lang)}
        </Text>
      </Alert>

      <div>
        <Title order={5} mb={4}>
          {t('screening.elements')}
        </Title>
        <Table fz="sm" withTableBorder verticalSpacing={4} data-testid="screening-elements">
          <Table.Tbody>
            {elementRows(r).map((row) => (
              <Table.Tr key={row.key} data-testid="screening-element" data-element={row.key} data-met={row.met}>
                <Table.Td>{t(ELEMENT_LABEL[row.key])}</Table.Td>
                <Table.Td w={170}>
                  {row.met ? (
                    <Text size="sm" fw={600} c="teal.8">
                      ✓ {t('screening.met')}
                    </Text>
                  ) : row.notRequired ? (
                    <Text size="sm" fw={600} c="blue.7">
                      {t('screening.not_required')}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      ✗ {t('screening.not_met')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>

      <div>
        <Title order={5} mb={4}>
          {t('screening.legal_basis')}
        </Title>
        {r.legal_basis.length > 0 ? (
          <List size="sm" spacing={2} data-testid="screening-legal-basis">
            {r.legal_basis.map((b) => (
              <List.Item key={b} data-testid="screening-legal-basis-item">
                {b}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed" data-testid="screening-legal-basis-none">
            {t('screening.legal_basis_none')}
          </Text>
        )}
        {lang === 'en' && r.legal_basis.length > 0 && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('screening.legal_basis_lang')}
          </Text>
        )}
      </div>

      <div data-testid="screening-forced-labour" data-status={fl}>
        <Group gap="xs" mb={4}>
          <Title order={5}>{t('screening.forced_labour')}</Title>
          <Badge color={FORCED_LABOUR_COLOR[fl]} variant="light" data-testid="screening-forced-labour-status">
            {t(FORCED_LABOUR_LABEL[fl])}
          </Badge>
        </Group>
        <Text size="sm" data-testid="screening-fl-involuntariness">
          <b>{t('screening.fl.involuntariness')}:</b> {indicators(r.forced_labour.involuntariness)}
        </Text>
        <Text size="sm" data-testid="screening-fl-penalty">
          <b>{t('screening.fl.penalty')}:</b> {indicators(r.forced_labour.penalty)}
        </Text>
      </div>

      <ScreeningNotice />
    </Stack>
  );
}
