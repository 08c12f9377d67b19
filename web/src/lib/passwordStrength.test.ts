import { describe, expect, it } from 'vitest';
import { estimateStrength } from './passwordStrength';

describe('estimateStrength', () => {
  it('knows common and Indonesian passwords', () => {
    expect(estimateStrength('password').score).toBe(0);
    expect(estimateStrength('password').warning).toBe('topTen');
    expect(estimateStrength('sayangku').score).toBeLessThanOrEqual(1);
    expect(estimateStrength('sayangku').tooShort).toBe(true);
  });
  it('rates a long passphrase as strong and penalises the username', () => {
    expect(estimateStrength('kuda-lari-hijau-batu-77').score).toBeGreaterThanOrEqual(3);
    expect(estimateStrength('siti.rahma2026', ['siti.rahma']).score).toBeLessThanOrEqual(estimateStrength('siti.rahma2026').score);
  });
});
