/**
 * GET /imports: the imports done, newest first. POST /imports: workbooks uploaded as multipart (field
 * "arquivos") go through the same importer as `pulso import` (ingest/import-files.ts), written to a
 * private temporary folder under their own names, and the answer is the same report, `{ files,
 * outcomes }`. A refused file answers 422 with the importer's pt-BR reason and writes nothing.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { desc, eq } from 'drizzle-orm';
import type { RequestHandler } from 'express';
import multer from 'multer';
import { recordOutcomesFromImports } from '../../analytics/queries/outcomes-from-imports.ts';
import { imports } from '../../db/schema/index.ts';
import { calendarDateAt } from '../../domain/calendar-date.ts';
import { fileLimits } from '../../ingest/file-limits.ts';
import { importFiles } from '../../ingest/import-files.ts';
import { ApiError } from './api-error.ts';
import { defineRoute } from './api-route.ts';
import { apiText } from './api-text.ts';
import { management } from './roles.ts';
import { dayQuery } from './snapshot-day.ts';

const uploadField = 'arquivos';
const maxFilesPerUpload = 10;

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: fileLimits.maxFileBytes, files: maxFilesPerUpload } }).array(uploadField, maxFilesPerUpload);

/** multer, with its size refusal said in pt-BR. */
const receiveFiles: RequestHandler = (request, response, next) => {
  upload(request, response, (error: unknown) => {
    if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') next(new ApiError(413, apiText('upload-too-large', { megabytes: fileLimits.maxFileBytes / 1024 / 1024 })));
    else next(error);
  });
};

export const importRoutes = [
  defineRoute({
    method: 'get',
    path: '/imports',
    summary: 'route-imports',
    roles: management,
    list: { fileName: 'importacoes', rows: (answer: { items: Record<string, unknown>[] }) => answer.items },
    async handle({ db, studio }) {
      const items = await db
        .select({ id: imports.id, fileName: imports.fileName, asOf: imports.asOf, status: imports.status, sizeBytes: imports.sizeBytes, counts: imports.counts, report: imports.report, startedAt: imports.startedAt, finishedAt: imports.finishedAt })
        .from(imports)
        .where(eq(imports.studioId, studio.id))
        .orderBy(desc(imports.id));
      return { items };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/imports',
    summary: 'route-imports-upload',
    roles: management,
    query: dayQuery,
    multipart: true,
    before: [receiveFiles],
    async handle({ db, studio, query, request }) {
      const files = (request.files ?? []) as Express.Multer.File[];
      if (files.length === 0) throw new ApiError(400, apiText('no-file'));
      const directory = await mkdtemp(join(tmpdir(), 'pulso-upload-'));
      try {
        // One folder per file, so that two uploads with the same name stay two files under their own names.
        const paths = await Promise.all(
          files.map(async (file, index) => {
            const folder = await mkdtemp(join(directory, `${index}-`));
            const path = join(folder, basename(file.originalname) || `planilha-${index + 1}.xlsx`);
            await writeFile(path, file.buffer);
            return path;
          }),
        );
        const today = calendarDateAt(new Date(), studio.timeZone);
        const reports = await importFiles(db, paths, { studio, asOf: query.asOf ?? null, today, dryRun: false });
        const refused = reports.filter((report) => report.status === 'failed');
        const applied = reports.some((report) => report.status === 'applied');
        const outcomes = applied ? await recordOutcomesFromImports(db, studio, query.asOf ?? today) : null;
        if (refused.length) throw new ApiError(422, apiText('import-refused', { reasons: refused.map((report) => report.error).join(' ') }), { files: reports, outcomes });
        return { files: reports, outcomes };
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    },
  }),
];
