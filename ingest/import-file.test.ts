/**
 * prepareFile + applyFile on a real database (both drivers): the demo workbooks, re-imports, dry runs,
 * overlapping exports, rejected rows, ignored sheets, snapshot dates and out-of-order snapshots.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/database.ts';
import { blocks, contracts, customers, customerSnapshots, contractSnapshots, imports, sales } from '../db/schema/index.ts';
import type { Studio } from '../db/studio.ts';
import { generateDemo } from '../demo/write-demo.ts';
import { InputError } from '../domain/input-error.ts';
import { describeEachDriver, openTestDatabase, openTestStudio, type TestDatabase } from '../test/databases.ts';
import { tableChecksums } from '../test/table-checksums.ts';
import type { FileReport } from './import-report.ts';
import { importBytes, prepareFile } from './import-file.ts' with { type: 'ignore' } as never;
import { currencyCell, dateCell, workbookBytes, type TestCell } from './workbook.testing.ts';
