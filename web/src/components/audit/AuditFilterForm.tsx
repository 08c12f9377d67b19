import { Autocomplete, Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { AuditFilters } from '../../lib/audit';

const ACTIONS = [
  'read', 'list', 'create', 'update', 'delete', 'transition', 'login', 'login_failed', 'logout', 'export',
  'break_glass', 'permission_change',
];
const ENTITY_TYPES = ['person', 'journey', 'user', 'agency', 'session'];

interface Props {
  value: AuditFilters;
  onApply: (f: AuditFilters) => void;
}

/** Filters of the audit view; applied on submit (they live in the URL). */
export function AuditFilterForm({ value, onApply }: Props) {
  const { t } = useI18n();
  const [f, setF] = useState<AuditFilters>(value);
  useEffect(() => setF(value), [value]);
  const set = (k: keyof AuditFilters) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  const empty: AuditFilters = { actor_id: '', entity_type: '', entity_id: '', action: '', from: '', to: '' };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onApply(f);
      }}
      data-testid="audit-filters"
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput label={t('audit.filter_actor')} value={f.actor_id} onChange={(e) => set('actor_id')(e.currentTarget.value)} data-testid="audit-filter-actor" />
        <Autocomplete label={t('audit.filter_entity_type')} data={ENTITY_TYPES} value={f.entity_type} onChange={set('entity_type')} data-testid="audit-filter-entity-type" />
        <TextInput label={t('audit.filter_entity_id')} value={f.entity_id} onChange={(e) => set('entity_id')(e.currentTarget.value)} data-testid="audit-filter-entity-id" />
        <Autocomplete label={t('audit.filter_action')} data={ACTIONS} value={f.action} onChange={set('action')} data-testid="audit-filter-action" />
        <TextInput type="date" label={t('audit.filter_from')} value={f.from} onChange={(e) => set('from')(e.currentTarget.value)} data-testid="audit-filter-from" />
        <TextInput type="date" label={t('audit.filter_to')} value={f.to} onChange={(e) => set('to')(e.currentTarget.value)} data-testid="audit-filter-to" />
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit" data-testid="audit-filter-apply">
          {t('audit.apply')}
        </Button>
        <Button variant="default" onClick={() => onApply(empty)} data-testid="audit-filter-reset">
          {t('audit.reset')}
        </Button>
      </Group>
    </form>
  );
}
