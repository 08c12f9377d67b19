// Password strength estimate with zxcvbn-ts and its Indonesian dictionary. Heavy (dictionaries): only ever loaded
// through `loadPasswordStrength()` (a dynamic import, so it is its own chunk). Advice only: the server's rule
// (at least 12 characters, blocklist, not the username) decides.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as id from '@zxcvbn-ts/language-id';

export const MIN_PASSWORD_LENGTH = 12;

export interface Strength {
  /** 0 (guessable in no time) .. 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4;
  /** A zxcvbn warning key ("topTen", "commonNames", ...) for the i18n files, or null. */
  warning: string | null;
  tooShort: boolean;
}

// No `translations`: feedback comes back as keys, which the app translates itself (password.warning.<key>).
const zxcvbn = new ZxcvbnFactory({
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...id.dictionary },
  useLevenshteinDistance: true,
});

/** `userInputs`: the username, display name and the like, which must not make a password. */
export function estimateStrength(password: string, userInputs: string[] = []): Strength {
  const r = zxcvbn.check(password, userInputs.filter(Boolean));
  const tooShort = password.length < MIN_PASSWORD_LENGTH;
  return { score: r.score, warning: r.feedback.warning ?? null, tooShort };
}
