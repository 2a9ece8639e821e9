/**
 * The plans of the API's own queries: a second handle on the database records every statement
 * the API's code sends through it, and each is then explained with its parameters, so what is
 * reported is the plan of the query as issued, not of a copy of it.
 */
import type { Database } from '../../packages/api/src/db/client.js';
import * as schema from '../../packages/api/src/db/schema/index.js';
import { drizzlePostgres, postgres, type Client } from './drivers.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** A plan's scans and joins, outermost first: "Index Scan using cases_tracking_code_idx on cases", "Hash Join", … */
function planSteps(node: PlanNode, steps: string[] = []): string[] {
  const index = node['Index Name'] ? ` using ${node['Index Name']}` : '';
  const relation = node['Relation Name'] ? ` on ${node['Relation Name']}` : '';
  steps.push(`${node['Node Type']}${index}${relation}`);
  for (const child of node.Plans ?? []) planSteps(child, steps);
  return steps;
}

/**
 * Runs `work` against a recording handle and returns, for each statement it sent, its plan's
 * steps. Statements that change nothing but settings (SET, BEGIN …) are left out.
 */
export async function plansOf(url: string, explainer: Client, work: (db: Database) => Promise<unknown>): Promise<string[][]> {
  const recorded: { sql: string; params: unknown[] }[] = [];
  const client = postgres(url, { max: 1, onnotice: () => {}, types: { bigint: postgres.BigInt } });
  try {
    const db = drizzlePostgres.drizzle(client, { schema, logger: { logQuery: (sql, params) => recorded.push({ sql, params }) } }) as unknown as Database;
    await work(db);
  } finally {
    await client.end({ timeout: 5 });
  }
  const plans: string[][] = [];
  for (const { sql, params } of recorded) {
    if (!/^\s*(select|with|insert|update|delete)\b/i.test(sql)) continue;
    const [row] = await explainer.unsafe<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(`EXPLAIN (FORMAT JSON) ${sql}`, params as never[]);
    plans.push(planSteps(row!['QUERY PLAN'][0]!.Plan));
  }
  return plans;
}

/** The distinct scans of a set of plans, with how many times each appears: "Seq Scan on cases ×2". */
export function scansOf(plans: string[][]): string[] {
  const counts = new Map<string, number>();
  for (const step of plans.flat()) if (/Scan/.test(step)) counts.set(step, (counts.get(step) ?? 0) + 1);
  return [...counts].map(([step, n]) => (n > 1 ? `${step} ×${n}` : step));
}
