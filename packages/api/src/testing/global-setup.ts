import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.js';
// For the ProvidedContext declaration that types `provide`.
import type {} from './database.js';


/**
 * Vitest global setup for a run against the PostgreSQL server: creates a fresh database for this
 * run from `TEST_DATABASE_URL`, migrates it once, and drops it afterwards. Test files receive its
 * URL through vitest's `inject`.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (project.config.env?.HUYING_TEST_ENGINE !== 'postgres') return;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('the postgres test project needs TEST_DATABASE_URL');
  const name = `huying_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  project.provide('huyingDatabaseUrl', url.toString());
  const handle = await openDatabase({ engine: 'postgres', url: url.toString(), maxConnections: 1 });
  await handle.migrate();
  await handle.close();
  return async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end({ timeout: 5 });
  };
}
