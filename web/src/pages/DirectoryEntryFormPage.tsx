import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { directoryApi } from '../api/directory';
import { useAuth } from '../auth/AuthContext';
import { CodelistSelect } from '../components/common/CodelistSelect';
import { GeneralErrorAlert } from '../components/common/GeneralErrorAlert';
import { LoadState } from '../components/common/LoadError';
import { useAsync } from '../hooks/useAsync';
import { useFormErrors } from '../hooks/useFormErrors';
import { useI18n } from '../i18n/i18n';
import {
  canEditDirectoryEntry,
  directoryFields,
  directoryToValues,
  directoryValuesToInput,
  emptyServiceRow,
  type DirectoryFormValues,
  type ServiceRow,
} from '../lib/directory';
import { ForbiddenPage } from './ForbiddenPage';

/** /directory/:id/edit: the agency's directory entry (its own supervisor, or an administrator). */
export function DirectoryEntryFormPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { data, loading, error, reload } = useAsync(() => directoryApi.get(id), [id]);
  const [values, setValues] = useState<DirectoryFormValues | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = values?.services.length ?? 0;
  const { errors, fail, clear, fieldError } = useFormErrors(directoryFields(rows));
  useEffect(() => {
    if (data) setValues(directoryToValues(data.data));
  }, [data]);

  if (!canEditDirectoryEntry(me, id)) return <ForbiddenPage />;
  if (!data || !values) return <LoadState loading={loading} error={error} />;
  const agency = data.data;
  const abroad = agency.type === 'PERWAKILAN_RI';
  const set = <K extends keyof DirectoryFormValues>(k: K, v: DirectoryFormValues[K]) =>
    setValues((s) => (s ? { ...s, [k]: v } : s));
  const setRow = (i: number, patch: Partial<ServiceRow>) =>
    setValues((s) => (s ? { ...s, services: s.services.map((r, j) => (j === i ? { ...r, ...patch } : r)) } : s));
  const removeRow = (i: number) =>
    setValues((s) => (s ? { ...s, services: s.services.filter((_, j) => j !== i) } : s));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      await directoryApi.put(id, directoryValuesToInput(values), data.etag ?? `"${agency.version}"`);
      navigate('/directory');
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder maw={960}>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="directory-form">
        <Stack>
          <div>
            <Title order={2}>{t('directory.edit_title')}</Title>
            <Text c="dimmed">{agency.name}</Text>
          </div>
          <Alert color="blue" variant="light">
            {t('directory.office_data_only')}
          </Alert>
          <Title order={4}>{t('directory.services')}</Title>
          <Text size="sm" c="dimmed">
            {abroad ? t('directory.regions_help_abroad') : t('directory.regions_help')}
          </Text>
          {values.services.map((row, i) => (
            <Card withBorder key={i} padding="sm" data-testid="directory-form-service">
              <Group align="flex-start" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, md: 3 }} style={{ flex: 1 }}>
                <CodelistSelect
                  codelist="layanan_kasus"
                  label={t('directory.service')}
                  value={row.service}
                  onChange={(v) => setRow(i, { service: v })}
                  error={fieldError(`services[${i}].service`)}
                  required
                  testId={`directory-form-service-${i}`}
                />
                <TagsInput
                  label={t('directory.regions_served')}
                  placeholder={abroad ? 'MY' : '61.71'}
                  value={row.regions}
                  onChange={(v) => setRow(i, { regions: v })}
                  error={fieldError(`services[${i}].regions_served`)}
                  description={t('form.tags_help')}
                  data-testid={`directory-form-regions-${i}`}
                />
                <TextInput
                  label={t('directory.notes')}
                  placeholder={t('directory.notes_placeholder')}
                  value={row.notes}
                  onChange={(e) => setRow(i, { notes: e.currentTarget.value })}
                  error={fieldError(`services[${i}].notes`)}
                  maxLength={500}
                  data-testid={`directory-form-notes-${i}`}
                />
              </SimpleGrid>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  onClick={() => removeRow(i)}
                  aria-label={t('directory.remove_service')}
                  title={t('directory.remove_service')}
                  data-testid={`directory-form-remove-${i}`}
                >
                  ×
                </ActionIcon>
              </Group>
            </Card>
          ))}
          {fieldError('services') && (
            <Text c="red" size="sm">
              {fieldError('services')}
            </Text>
          )}
          <Group>
            <Button
              variant="light"
              onClick={() => set('services', [...values.services, emptyServiceRow()])}
              data-testid="directory-form-add-service"
            >
              {t('directory.add_service')}
            </Button>
          </Group>
          <Title order={4}>{t('directory.contact')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('directory.contact_name')}
              value={values.contact_name}
              onChange={(e) => set('contact_name', e.currentTarget.value)}
              error={fieldError('contact.name')}
              data-testid="directory-form-contact-name"
            />
            <TextInput
              label={t('directory.phone')}
              value={values.contact_phone}
              onChange={(e) => set('contact_phone', e.currentTarget.value)}
              error={fieldError('contact.phone')}
              data-testid="directory-form-contact-phone"
            />
            <TextInput
              label={t('directory.email')}
              type="email"
              value={values.contact_email}
              onChange={(e) => set('contact_email', e.currentTarget.value)}
              error={fieldError('contact.email')}
              data-testid="directory-form-contact-email"
            />
            <TextInput
              label={t('directory.address')}
              value={values.contact_address}
              onChange={(e) => set('contact_address', e.currentTarget.value)}
              error={fieldError('contact.address')}
              data-testid="directory-form-contact-address"
            />
          </SimpleGrid>
          <Textarea
            label={t('directory.opening_hours')}
            placeholder={t('directory.opening_hours_placeholder')}
            value={values.opening_hours}
            onChange={(e) => set('opening_hours', e.currentTarget.value)}
            error={fieldError('opening_hours')}
            autosize
            minRows={2}
            data-testid="directory-form-hours"
          />
          <Checkbox
            label={t('directory.public')}
            description={t('directory.public_help')}
            checked={values.public}
            onChange={(e) => set('public', e.currentTarget.checked)}
            data-testid="directory-form-public"
          />
          <GeneralErrorAlert errors={errors} onReload={reload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate('/directory')}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="directory-form-submit">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
