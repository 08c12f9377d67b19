import { describe, expect, it } from 'vitest';
import { isCodedField, journeyOfReason, parseFamilyLink } from './history';

describe('history helpers', () => {
  it('reads a family link value and rejects anything else', () => {
    const link = { link_id: '01L', relation: 'PASANGAN', related_person_id: '01P' };
    expect(parseFamilyLink(link)).toEqual(link);
    expect(parseFamilyLink({ relation: 'ANAK', related_person_id: '01Q' })).toEqual({
      link_id: '',
      relation: 'ANAK',
      related_person_id: '01Q',
    });
    const notLinks = [null, undefined, 'PASANGAN', ['x'], { relation: 'ANAK' }, { relation: 1, related_person_id: '' }];
    for (const v of notLinks) expect(parseFamilyLink(v)).toBeNull();
  });

  it('recognises the reason written for changes caused by a journey', () => {
    expect(journeyOfReason('journey 01M8ZK3Q')).toBe('01M8ZK3Q');
    expect(journeyOfReason('Pindah domisili')).toBeNull();
    expect(journeyOfReason('journey')).toBeNull();
    expect(journeyOfReason(null)).toBeNull();
  });

  it('knows which person fields hold codes (API field names)', () => {
    for (const f of ['pmi_status', 'sex', 'marital_status', 'education']) expect(isCodedField(f)).toBe(true);
    for (const f of ['full_name', 'family', 'toString', 'constructor']) expect(isCodedField(f)).toBe(false);
  });
});
