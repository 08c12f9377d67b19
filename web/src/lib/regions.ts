// Kemendagri region codes are dotted: "33", "33.74", "33.74.10", "33.74.10.1001" (DOMAIN.md §5.2).

/** The code of each level from province down to `code` itself: "33.74.10" -> ["33", "33.74", "33.74.10"]. */
export function regionAncestors(code: string | null | undefined): string[] {
  if (!code) return [];
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** NIK digits 1-6 are the province, regency and district codes without dots. */
export function nikRegionPrefix(nik: string): string | null {
  if (!/^\d{6}/.test(nik)) return null;
  return `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`;
}
