/* pz-import-job.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-csv.h"
#include "pz-import.h"
#include "pz-import-problem.h"

G_BEGIN_DECLS

/* The records a preview shows. */
#define PZ_IMPORT_PREVIEW_ROWS 100

/* The problems a summary lists; all are counted. */
#define PZ_IMPORT_MAX_PROBLEMS 10000

typedef struct
{
  char       *encoding;        /* as PzCsv's */
  char       *sha256;          /* of the file's bytes, hex */
  guint       n_rows;          /* data rows read (header excluded) */
  guint       n_imported;      /* rows that match a zone (stored, for an import) */
  guint       n_by_name;       /* of n_imported: matched by zone/city name */
  guint       n_by_location;   /* of n_imported: matched by coordinates */
  guint       n_left_out;      /* every row left out, even past the listed ones */
  GListModel *problems;        /* of PzImportProblem, in line order, at most PZ_IMPORT_MAX_PROBLEMS */
  gint64      import_id;       /* the stored import, 0 for a check */
} PzImportSummary;

typedef enum
{
  PZ_IMPORT_STAGE_READING,
  PZ_IMPORT_STAGE_WAITING,   /* for another import to end, before storing */
} PzImportStage;

/* Called on the thread that started the job (the main context for the
 * async call), at most ~10 times a second; @fraction is bytes read / file
 * size (0..1), or -1 when the size is unknown (a pipe). WAITING comes
 * once, when the user database is found busy, and READING follows. */
typedef void (*PzImportProgressFunc) (PzImportStage stage,
                                      double        fraction,
                                      guint         n_rows,
                                      gpointer      user_data);

PzCsv           *pz_csv_read_head       (GFile                  *file,
                                         guint                   max_rows,
                                         GCancellable           *cancellable,
                                         GError                **error);
PzImportSummary *pz_import_file         (GFile                  *file,
                                         const PzImportMapping  *mapping,
                                         GListModel             *zones,
                                         const char             *file_name,
                                         const char             *user_database_path,
                                         PzImportProgressFunc    progress,
                                         gpointer                progress_data,
                                         GCancellable           *cancellable,
                                         GError                **error);
void             pz_import_file_async   (GFile                  *file,
                                         const PzImportMapping  *mapping,
                                         GListModel             *zones,
                                         const char             *file_name,
                                         const char             *user_database_path,
                                         PzImportProgressFunc    progress,
                                         gpointer                progress_data,
                                         GDestroyNotify          progress_data_free,
                                         GCancellable           *cancellable,
                                         GAsyncReadyCallback     callback,
                                         gpointer                user_data);
PzImportSummary *pz_import_file_finish  (GAsyncResult           *result,
                                         GError                **error);
void             pz_import_summary_free (PzImportSummary        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzImportSummary, pz_import_summary_free)

G_END_DECLS
