/* pz-csv.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PZ_CSV_ERROR (pz_csv_error_quark ())

typedef enum
{
  PZ_CSV_ERROR_ENCODING,
  PZ_CSV_ERROR_SYNTAX,
  PZ_CSV_ERROR_EMPTY,
  PZ_CSV_ERROR_TOO_LONG,
  PZ_CSV_ERROR_BINARY,
} PzCsvError;

/* A parsed file: a header and records, each with the physical line it
 * starts on (the header is line 1), so that problems can name lines.
 * Fields come without surrounding white space. */
typedef struct
{
  char       *encoding;   /* "UTF-8", "UTF-8 with BOM", "GB18030", "UTF-16" */
  char        delimiter;
  GStrv       header;
  GPtrArray  *records;    /* of GStrv */
  GArray     *lines;      /* of guint, one per record */
  GPtrArray  *problems;   /* of PzImportProblem: records that do not decode, left out */
} PzCsv;

GQuark  pz_csv_error_quark (void);
PzCsv  *pz_csv_parse       (const char    *data,
                            gsize          length,
                            GError       **error);
PzCsv  *pz_csv_read_stream (GInputStream  *stream,
                            guint          max_rows,
                            GCancellable  *cancellable,
                            GError       **error);
void    pz_csv_free        (PzCsv         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzCsv, pz_csv_free)

G_END_DECLS
