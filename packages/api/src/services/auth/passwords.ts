import { hash, verify } from '@node-rs/argon2';
import { passwordProblemMessages, passwordProblems } from '@huying/core';
import { ProblemError } from '../../http/problems.js';

/**
 * Passwords are hashed with argon2id at OWASP's first recommended setting (46 MiB, one pass, one
 * lane): memory-hard like scrypt at a third of its time on this hardware (≈40 ms against ≈0.7 s
 * for scrypt at equal strength), so a sign-in stays quick while a stolen hash stays expensive to
 * attack. The PHC string keeps its parameters, so stronger settings later rehash at sign-in.
 */
// `algorithm: 2` is the package's const enum Algorithm.Argon2id, which isolated modules cannot import.
const options = { algorithm: 2, memoryCost: 47_104, timeCost: 1, parallelism: 1 } as const;
const currentParameters = `m=${options.memoryCost},t=${options.timeCost},p=${options.parallelism}`;

export const hashPassword = (password: string) => hash(password, options);

/** A hash of nothing in particular: checked against when the login is unknown, so a wrong login takes as long as a wrong password. */
const decoy = hashPassword('decoy password that nobody has');

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

export const needsRehash = (stored: string) => !stored.startsWith('$argon2id$') || !stored.includes(`$${currentParameters}$`);

/**
 * The demo city's published passwords (README, `.huying/demo-logins.json`). Anyone can read them,
 * so they are refused as a new password anywhere else, and a sign-in with one outside the demo
 * city is refused too.
 */
export const demoPasswords: readonly string[] = ['huying-demo-2026'];

export const isDemoPassword = (password: string) => demoPasswords.includes(password);

/** Throws a validation problem listing what is wrong with a new password. */
export function assertAcceptablePassword(password: string, context: { login: string | null; demoCity: boolean; field: string }): void {
  const problems = passwordProblems(password, { login: context.login });
  const messages = problems.map((problem) => passwordProblemMessages[problem]);
  if (isDemoPassword(password) && !context.demoCity) messages.push('this is a published demo password; it works only in the demo city');
  if (messages.length > 0) {
    throw new ProblemError('validation-failed', `${context.field}: ${messages.join('; ')}`, {
      errors: messages.map((message) => ({ field: context.field, message })),
    });
  }
}
