import './referralLetter.css';
import { Alert, Button, Group } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { referralsApi } from '../api/referrals';
import { useAuth } from '../auth/AuthContext';
import { LoadState } from '../components/common/LoadError';
import { RegionName } from '../components/common/RegionName';
import { useAgencyDirectory } from '../hooks/useAgencyDirectory';
import { useAsync } from '../hooks/useAsync';
import { useCodeLabel } from '../hooks/useCodelist';
import { useReferralPersons } from '../hooks/useReferralPersons';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../lib/format';

/**
 * /referrals/:id/surat: the printable referral letter (A4, @media print): the sending agency's letterhead, the
 * number (the referral id), the date, the receiving agency, the services, the message, the referred persons' names
 * when the viewer may see them, and a signature block. "Cetak" prints it.
 */
export function ReferralLetterPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const directory = useAgencyDirectory();
  const typeLabel = useCodeLabel('jenis_instansi');
  const serviceLabel = useCodeLabel('layanan_kasus');
  const urgencyLabel = useCodeLabel('urgensi_kasus');
  const { data, loading, error } = useAsync(() => referralsApi.get(id), [id]);
  const r = data?.data;
  const { names } = useReferralPersons(r);
  if (!r) {
    return (
      <div style={{ maxWidth: 640, margin: '40px auto' }}>
        <LoadState loading={loading} error={error} />
      </div>
    );
  }
  const from = directory.agencies.find((a) => a.id === r.from_agency_id);
  const fromName = directory.nameOf(r.from_agency_id) ?? r.from_agency_id;
  const fromType = from?.type ?? (me?.agency.id === r.from_agency_id ? me.agency.type : null);
  const fromRegion = from?.region_code ?? null;
  const toName = directory.nameOf(r.to_agency_id) ?? r.to_agency_id;
  const personsMasked = r.masked_fields.includes('person_ids');
  return (
    <div className="referral-letter-screen" data-testid="referral-letter-page">
      <Group justify="space-between" className="referral-letter-toolbar no-print">
        <Button component={Link} to={`/referrals/${r.id}`} variant="default" data-testid="referral-letter-back">
          {t('referral.letter_back')}
        </Button>
        <Button onClick={() => window.print()} data-testid="referral-letter-print">
          {t('referral.print')}
        </Button>
      </Group>
      {personsMasked && (
        <Alert color="blue" className="referral-letter-toolbar no-print" data-testid="referral-letter-persons-note">
          {t('referral.letter_persons_hidden')}
        </Alert>
      )}
      <article className="referral-letter" data-testid="referral-letter">
        <header className="letterhead" data-testid="letter-head">
          <h1 data-testid="letter-agency-name">{fromName}</h1>
          {fromType && <div data-testid="letter-agency-type">{typeLabel(fromType)}</div>}
          {fromRegion && (
            <div data-testid="letter-agency-region">
              <RegionName code={fromRegion} />
            </div>
          )}
        </header>
        <table className="meta">
          <tbody>
            <tr>
              <td>{t('letter.number')}</td>
              <td>:</td>
              <td data-testid="letter-number">{r.id}</td>
            </tr>
            <tr>
              <td>{t('letter.date')}</td>
              <td>:</td>
              <td data-testid="letter-date">{formatDate(r.created_at.slice(0, 10), lang)}</td>
            </tr>
            <tr>
              <td>{t('letter.urgency')}</td>
              <td>:</td>
              <td>{urgencyLabel(r.urgency)}</td>
            </tr>
            <tr>
              <td>{t('letter.subject')}</td>
              <td>:</td>
              <td>{t('letter.subject_text')}</td>
            </tr>
          </tbody>
        </table>
        <div className="section">
          {t('letter.to')}
          <br />
          <strong data-testid="letter-to-agency">{toName}</strong>
          <br />
          {t('letter.at_place')}
        </div>
        <div className="section">{t('letter.opening')}</div>
        <div className="section">
          <strong>{t('referral.services')}:</strong>
          <ol data-testid="letter-services">
            {r.services.map((s) => (
              <li key={s}>{serviceLabel(s)}</li>
            ))}
          </ol>
        </div>
        <div className="section" data-testid="letter-persons">
          <strong>{t('letter.persons')}:</strong>{' '}
          {personsMasked ? (
            <em>{t('referral.persons_hidden')}</em>
          ) : (
            <ol>
              {r.person_ids.map((p) => (
                <li key={p} data-testid="letter-person">
                  {names.get(p) ?? t('letter.person_unnamed')}
                </li>
              ))}
            </ol>
          )}
        </div>
        <div className="section">
          <strong>{t('referral.message')}:</strong>
          <div className="message" data-testid="letter-message">
            {r.masked_fields.includes('message') ? <em>{t('masked.value')}</em> : r.message}
          </div>
        </div>
        <div className="section">{t('letter.closing')}</div>
        <div className="signature" data-testid="letter-signature">
          <div>{formatDate(r.created_at.slice(0, 10), lang)}</div>
          <div>{t('letter.sender_title', { agency: fromName })}</div>
          <div className="space" />
          <div>(......................................................)</div>
          <div>{t('letter.signature_name')}</div>
        </div>
      </article>
    </div>
  );
}
