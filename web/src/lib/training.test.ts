import { describe, expect, it } from 'vitest';
import {
  attendableDays,
  completionPatch,
  enrolmentColor,
  isFinalEnrolment,
  MAX_ATTENDANCE_DAYS,
  nextEnrolmentStatuses,
  toggleDay,
} from './training';

describe('nextEnrolmentStatuses', () => {
  it('lets an open enrolment move anywhere and keeps a final one where it is', () => {
    expect(nextEnrolmentStatuses('ENROLLED')).toEqual(['ENROLLED', 'COMPLETED', 'DROPPED_OUT', 'FAILED']);
    expect(nextEnrolmentStatuses('DROPPED_OUT')).toEqual(['DROPPED_OUT']);
    expect(nextEnrolmentStatuses('COMPLETED')).toEqual(['COMPLETED']);
    expect(nextEnrolmentStatuses('FAILED')).toEqual(['FAILED']);
    expect(isFinalEnrolment('ENROLLED')).toBe(false);
    expect(isFinalEnrolment('FAILED')).toBe(true);
  });
});

describe('attendableDays', () => {
  it('lists the session days up to today', () => {
    expect(attendableDays('2025-02-27', '2025-03-10', '2025-03-02')).toEqual([
      '2025-02-27',
      '2025-02-28',
      '2025-03-01',
      '2025-03-02',
    ]);
    expect(attendableDays('2025-03-01', '2025-03-02', '2025-12-31')).toEqual(['2025-03-01', '2025-03-02']);
    expect(attendableDays('2025-03-05', '2025-03-10', '2025-03-01')).toEqual([]);
  });
  it('stops at the most days shown', () => {
    expect(attendableDays('2025-01-01', '2025-12-31', '2025-12-31')).toHaveLength(MAX_ATTENDANCE_DAYS);
  });
});

describe('toggleDay', () => {
  it('adds in order and removes', () => {
    expect(toggleDay(['2025-03-03'], '2025-03-01')).toEqual(['2025-03-01', '2025-03-03']);
    expect(toggleDay(['2025-03-01', '2025-03-03'], '2025-03-01')).toEqual(['2025-03-03']);
  });
});

describe('completionPatch', () => {
  it('needs the certificate for a certifying programme', () => {
    const { patch, missing } = completionPatch({ certifies: true, certificateNumber: ' ', certificateIssuedOn: '' });
    expect(missing).toEqual(['certificate_number', 'certificate_issued_on']);
    expect(patch).toEqual({ status: 'COMPLETED' });
  });
  it('sends the certificate when given, and nothing is missing otherwise', () => {
    expect(completionPatch({ certifies: true, certificateNumber: ' KMP-1 ', certificateIssuedOn: '2025-03-01' })).toEqual({
      patch: { status: 'COMPLETED', certificate_number: 'KMP-1', certificate_issued_on: '2025-03-01' },
      missing: [],
    });
    expect(completionPatch({ certifies: false, certificateNumber: '', certificateIssuedOn: '' }).missing).toEqual([]);
  });
});

describe('enrolmentColor', () => {
  it('gives each status its colour', () => {
    expect(enrolmentColor('COMPLETED')).toBe('green');
    expect(enrolmentColor('ENROLLED')).toBe('blue');
    expect(enrolmentColor('FAILED')).toBe('red');
  });
});
