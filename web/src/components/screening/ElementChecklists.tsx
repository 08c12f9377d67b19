import { useI18n } from '../../i18n/i18n';
import type { CodeField } from '../../lib/screening';
import { CodeChecklist } from './CodeChecklist';

interface Props {
  value: Record<'acts' | 'means' | 'purposes', string[]>;
  setCodes: (field: CodeField) => (codes: string[]) => void;
  fieldError: (name: string) => string | undefined;
}

/** The three elements of UU 21/2007 (act, means, purpose), shared by the stand-alone and the case screening. */
export function ElementChecklists({ value: v, setCodes, fieldError }: Props) {
  const { t } = useI18n();
  return (
    <>
      <CodeChecklist
        codelist="tppo_act"
        label={t('screening.acts')}
        value={v.acts}
        onChange={setCodes('acts')}
        error={fieldError('acts')}
        testId="screening-acts"
      />
      <CodeChecklist
        codelist="tppo_means"
        label={t('screening.means')}
        description={t('screening.means_help')}
        value={v.means}
        onChange={setCodes('means')}
        error={fieldError('means')}
        testId="screening-means"
      />
      <CodeChecklist
        codelist="eksploitasi_type"
        label={t('screening.purposes')}
        value={v.purposes}
        onChange={setCodes('purposes')}
        error={fieldError('purposes')}
        testId="screening-purposes"
      />
    </>
  );
}
