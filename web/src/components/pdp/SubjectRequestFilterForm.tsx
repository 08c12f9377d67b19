import { Button, Checkbox, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { EMPTY_REQUEST_FILTERS, REQUEST_STATUSES, type RequestFilters } from '../../lib/pdp';

/** Filters of the request list (status, overdue, person); applied on submit (they live in the URL). */
export function SubjectRequestFilterForm({
  value,
  onApply,
}: {
  value: RequestFilters;
  onApply: (f: RequestFilters) => void;
}) {
  const { t, tx } = useI18n();
  const [f, setF] = useState<RequestFilters>(value);
  useEffect(() => setF(value), [value]);
  const closed = f.status === 'completed' || f.status === 'refused';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onApply(f);
      }}
      data-testid="request-filters"
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect
          label={t('dsr.filter_status')}
          value={f.status}
          onChange={(e) => setF((x) => ({ ...x, status: e.currentTarget.value as RequestFilters['status'] }))}
          data={[
            { value: '', label: t('dsr.filter_all') },
            ...REQUEST_STATUSES.map((s) => ({ value: s, label: tx(`dsr.status.${s}`, s) })),
          ]}
          data-testid="request-filter-status"
        />
        <TextInput
          label={t('dsr.filter_person')}
          value={f.person_id}
          onChange={(e) => setF((x) => ({ ...x, person_id: e.currentTarget.value }))}
          data-testid="request-filter-person"
        />
        <Checkbox
          mt={{ base: 0, sm: 30 }}
          label={t('dsr.filter_overdue')}
          checked={f.overdue && !closed}
          disabled={closed}
          onChange={(e) => setF((x) => ({ ...x, overdue: e.currentTarget.checked }))}
          data-testid="request-filter-overdue"
        />
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit" data-testid="request-filter-apply">
          {t('audit.apply')}
        </Button>
        <Button variant="default" onClick={() => onApply(EMPTY_REQUEST_FILTERS)} data-testid="request-filter-reset">
          {t('audit.reset')}
        </Button>
      </Group>
    </form>
  );
}
