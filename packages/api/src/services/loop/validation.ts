import { ProblemError } from '../../http/problems.js';

/**
 * Turns the core's checks of a policy, calendar year or rule ("field: message" lines) into one
 * validation problem with field errors; nothing is written.
 */
export function refuseProblems(problems: string[], field: string): void {
  if (problems.length === 0) return;
  const errors = problems.map((problem) => {
    const match = /^([\w.]+): (.*)$/.exec(problem);
    return match ? { field: `${field}.${match[1]}`, message: match[2]! } : { field, message: problem };
  });
  throw new ProblemError('validation-failed', problems.length === 1 ? problems[0]! : `${problems.length} problems: ${problems.join('; ')}`, { errors });
}
