import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { Strength } from '../lib/passwordStrength';

type Estimate = (password: string, userInputs?: string[]) => Strength;
// One load per page: zxcvbn-ts and its dictionaries are a separate chunk fetched on first use.
let loading: Promise<Estimate> | null = null;
function loadEstimator(): Promise<Estimate> {
  loading ??= import('../lib/passwordStrength').then((m) => m.estimateStrength);
  loading.catch(() => (loading = null));
  return loading;
}

/** The strength of `password` (debounced), null while empty or while the estimator loads. */
export function usePasswordStrength(password: string, userInputs: string[] = []): Strength | null {
  const [debounced] = useDebouncedValue(password, 150);
  const [result, setResult] = useState<Strength | null>(null);
  const inputs = userInputs.join('\n');
  useEffect(() => {
    if (!debounced) {
      setResult(null);
      return;
    }
    let live = true;
    loadEstimator().then(
      (estimate) => live && setResult(estimate(debounced, inputs ? inputs.split('\n') : [])),
      () => live && setResult(null),
    );
    return () => {
      live = false;
    };
  }, [debounced, inputs]);
  return password ? result : null;
}
