// Reading change records (GET /persons/{id}/history): which fields hold codes, family link values, journey reasons.

/** Person fields (API field names) whose values are codes, with the codelist that labels them. */
export const CODED_FIELDS = {
  pmi_status: 'status_pmi',
  sex: 'jenis_kelamin',
  marital_status: 'status_perkawinan',
  education: 'pendidikan',
} as const;

export type CodedField = keyof typeof CODED_FIELDS;

export function isCodedField(field: string): field is CodedField {
  return Object.prototype.hasOwnProperty.call(CODED_FIELDS, field);
}

/** The field of a person's change record that holds a family link (added: after; removed: before). */
export const FAMILY_FIELD = 'family';

/** A family link as the history stores it, seen from the person whose history it is. */
export interface FamilyLinkValue {
  link_id: string;
  /** How the related person relates to this person (codelist hubungan_keluarga). */
  relation: string;
  related_person_id: string;
}

/** The family link in a history value, or null when the value is not one. */
export function parseFamilyLink(value: unknown): FamilyLinkValue | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.relation !== 'string' || typeof v.related_person_id !== 'string' || !v.related_person_id) return null;
  const link_id = typeof v.link_id === 'string' ? v.link_id : '';
  return { link_id, relation: v.relation, related_person_id: v.related_person_id };
}

/** The journey id of a reason the server writes for a change caused by a journey ("journey <id>"), else null. */
export function journeyOfReason(reason: string | null | undefined): string | null {
  const m = /^journey (\S+)$/.exec(reason?.trim() ?? '');
  return m ? m[1] : null;
}
