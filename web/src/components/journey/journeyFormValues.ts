import type { Journey, JourneyDocument, JourneyInput } from '../../api/types';

export interface JourneyFormValues {
  placement_scheme: string;
  destination_country: string;
  pmi_category: string;
  p3mi_name: string;
  sector: string;
  job_title: string;
  employer_name: string;
  procedural: boolean;
  /** Keyed by dokumen_pmi code. */
  documents: Record<string, JourneyDocument>;
  planned_departure_date: string;
  contract_end_date: string;
  notes: string;
}

export const JOURNEY_FIELDS = [
  'placement_scheme', 'destination_country', 'pmi_category', 'p3mi_name', 'sector', 'job_title', 'employer_name',
  'procedural', 'documents', 'planned_departure_date', 'contract_end_date', 'notes',
] as const;

/** Form field paths of the document rows, by statutory position (the API reports "documents[2].status"). */
export function documentFieldPaths(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`documents[${i}]`, `documents[${i}].status`, `documents[${i}].number`, `documents[${i}].expires_on`);
  }
  return out;
}

export function emptyJourneyValues(): JourneyFormValues {
  return {
    placement_scheme: '', destination_country: '', pmi_category: '', p3mi_name: '', sector: '', job_title: '',
    employer_name: '', procedural: true, documents: {}, planned_departure_date: '', contract_end_date: '', notes: '',
  };
}

export function journeyToValues(j: Journey): JourneyFormValues {
  return {
    placement_scheme: j.placement_scheme, destination_country: j.destination_country,
    pmi_category: j.pmi_category ?? '', p3mi_name: j.p3mi_name ?? '', sector: j.sector ?? '',
    job_title: j.job_title ?? '', employer_name: j.employer_name ?? '', procedural: j.procedural,
    documents: Object.fromEntries(j.documents.map((d) => [d.code, d])),
    planned_departure_date: j.planned_departure_date ?? '', contract_end_date: j.contract_end_date ?? '',
    notes: j.notes ?? '',
  };
}

const blank = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** All documents in statutory (codelist) order; absent ones are "missing". */
export function documentsArray(codes: string[], docs: Record<string, JourneyDocument>): JourneyDocument[] {
  return codes.map((code) => {
    const d = docs[code];
    return {
      code,
      status: d?.status || 'missing',
      number: blank(d?.number),
      issued_on: blank(d?.issued_on),
      expires_on: blank(d?.expires_on),
      note: blank(d?.note),
    };
  });
}

export function valuesToJourneyInput(v: JourneyFormValues, codes: string[]): JourneyInput {
  return { ...v, documents: documentsArray(codes, v.documents) };
}
