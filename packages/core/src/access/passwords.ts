/**
 * Staff sign-in names and the password policy. Length matters most (NIST SP 800-63B); the
 * classes rule follows what Chinese government systems are assessed against (等保 2.0: passwords
 * of some complexity), and the common-password list stops the guesses every attacker tries first.
 */

export const minPasswordLength = 10;
/** Long enough for any passphrase, short enough that hashing it cannot be used to tie up the server. */
export const maxPasswordLength = 128;

/** A login: 3–64 of a–z, digits, dot, dash, underscore, starting with a letter or digit; compared in lower case. */
export const loginPattern = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

/**
 * Passwords attackers try first: the most common ones worldwide and in China (keyboard walks,
 * pinyin, lucky numbers), checked without case and without a trailing run of digits or symbols.
 */
const commonPasswords = new Set([
  '123456', '123456789', '12345678', '1234567890', '1234567', 'qwerty', 'qwertyuiop', 'qwerty123', 'password', 'password1',
  'passw0rd', 'p@ssw0rd', 'p@ssword', 'admin', 'admin123', 'administrator', 'root', 'welcome', 'letmein', 'iloveyou',
  'abc123', 'abcd1234', 'a123456', 'a1234567', 'a12345678', 'aa123456', 'qq123456', 'zxcvbnm', 'zxcvbn', 'asdfghjkl',
  '1q2w3e4r', '1qaz2wsx', '1qaz@wsx', 'qazwsx', 'qazwsxedc', 'woaini', 'woaini1314', '5201314', '1314520', '147258369',
  '987654321', '88888888', '66666666', '11111111', '00000000', '000000', '111111', '666666', '888888', 'huying',
  'zhaoyuan', 'changeme', 'default', 'test', 'test123', 'guest', 'master', 'monkey', 'dragon', 'sunshine',
  'football', 'baseball', 'shadow', 'superman', 'trustno1', 'china', 'beijing', 'shanghai', 'zhongguo', 'mima',
  'wodemima', 'nihao', 'aini1314', 'love', 'loveyou', 'computer', 'internet', 'secret', 'hello', 'hello123',
]);

export type PasswordProblem = 'too_short' | 'too_long' | 'too_simple' | 'common' | 'contains_login' | 'repetitive';

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  too_short: `use at least ${minPasswordLength} characters`,
  too_long: `use at most ${maxPasswordLength} characters`,
  too_simple: 'mix at least two of: letters, digits, other characters',
  common: 'this password is among the first ones attackers try; choose another',
  contains_login: 'the password must not contain the login name',
  repetitive: 'the password repeats too few characters; choose another',
};

/** What is wrong with a new password, if anything (empty: acceptable). */
export function passwordProblems(password: string, context: { login?: string | null } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < minPasswordLength) problems.push('too_short');
  if (length > maxPasswordLength) problems.push('too_long');
  const classes = [/\p{L}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((pattern) => pattern.test(password)).length;
  if (classes < 2) problems.push('too_simple');
  const lower = password.toLowerCase();
  const core = lower.replace(/[\d\W_]+$/u, '');
  if (commonPasswords.has(lower) || commonPasswords.has(core)) problems.push('common');
  const login = context.login ? normalizeLogin(context.login) : '';
  if (login.length >= 3 && lower.includes(login)) problems.push('contains_login');
  if (new Set(password).size < 4) problems.push('repetitive');
  return problems;
}
