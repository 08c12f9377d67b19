import { Alert } from '@mantine/core';
import type { ClientProblem } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { generalMessage } from '../../lib/problem';
import { splitWait, type SignInFailure } from '../../lib/signin';

/** Why the sign-in was refused. The server never says whether the username or the password was wrong. */
interface Props {
  failure: SignInFailure;
  problem: ClientProblem;
  /** Which submission this answers (data-attempt). */
  attempt: number;
}

export function SignInFailureAlert({ failure, problem, attempt }: Props) {
  const { t, tx } = useI18n();
  let color = 'red';
  let text: string;
  switch (failure.kind) {
    case 'invalid_credentials':
      text = t('signin.invalid_credentials');
      break;
    case 'totp_required':
      color = failure.codeWasSent ? 'red' : 'blue';
      text = failure.codeWasSent ? t('signin.totp_invalid') : t('signin.totp_required');
      break;
    case 'totp_setup_required':
      color = 'orange';
      text = t('signin.totp_setup_required');
      break;
    case 'locked': {
      if (failure.waitSeconds === null) {
        text = t('signin.locked');
      } else {
        const w = splitWait(failure.waitSeconds);
        text = t(w.unit === 'minutes' ? 'signin.locked_minutes' : 'signin.locked_seconds', { n: w.n });
      }
      break;
    }
    default:
      text = generalMessage(problem, (k, f) => tx(k, f));
  }
  return (
    <Alert color={color} data-testid="signin-error" data-code={problem.code ?? ''} data-attempt={attempt} role="alert">
      {text}
    </Alert>
  );
}
