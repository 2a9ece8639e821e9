/**
 * The database driver, drizzle and the logger, which are the API package's dependencies rather
 * than the workspace root's: loaded from where the API loads them, so that drizzle's query
 * builders here are the very modules the API's code uses.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(new URL('../../packages/api/package.json', import.meta.url));
export const postgres = require('postgres') as typeof import('postgres');
export const pino = require('pino') as typeof import('pino').default;
export type Client = ReturnType<typeof postgres>;

/** The ES module of a drizzle entry point (its `require` condition names the CommonJS twin beside it). */
const drizzleModule = (specifier: string) => pathToFileURL(require.resolve(specifier).replace(/\.cjs$/, '.js')).href;
export const drizzleOrm = (await import(drizzleModule('drizzle-orm'))) as typeof import('drizzle-orm');
export const drizzlePostgres = (await import(drizzleModule('drizzle-orm/postgres-js'))) as typeof import('drizzle-orm/postgres-js');

/** The PostgreSQL server the benchmarks create their databases on. */
export const defaultServer = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
