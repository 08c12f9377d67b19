import { referenceApi } from '../../api/reference';
import { useAsync } from '../../hooks/useAsync';

/** The name of a region code ("33.74" -> "Kota Semarang (33.74)"); the code alone while loading or unknown. */
export function RegionName({ code }: { code: string | null | undefined }) {
  const { data } = useAsync(async () => (code ? referenceApi.region(code) : null), [code]);
  if (!code) return <>—</>;
  return <>{data ? `${data.name} (${code})` : code}</>;
}
