/* pz-csv-reader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The longest record (a line, or the lines of a quoted field) read, in
 * bytes: enough for any list of enterprises, and a limit that stops a
 * binary or endless file at once. */
#define PZ_CSV_MAX_LINE (64 * 1024)

typedef enum
{
  PZ_CSV_READ_ERROR,     /* the file cannot be read on: @error is set */
  PZ_CSV_READ_END,
  PZ_CSV_READ_RECORD,    /* pz_csv_reader_get_fields() */
  PZ_CSV_READ_BAD_LINE,  /* a record that does not decode: pz_csv_reader_get_problem() */
} PzCsvRead;

typedef struct _PzCsvReader PzCsvReader;

PzCsvReader        *pz_csv_reader_new          (GInputStream  *stream,
                                                GCancellable  *cancellable,
                                                GError       **error);
void                pz_csv_reader_free         (PzCsvReader   *self);
PzCsvRead           pz_csv_reader_next         (PzCsvReader   *self,
                                                GCancellable  *cancellable,
                                                GError       **error);
const char * const *pz_csv_reader_get_header   (PzCsvReader   *self);
const char * const *pz_csv_reader_get_fields   (PzCsvReader   *self,
                                                guint         *n_fields);
guint               pz_csv_reader_get_line     (PzCsvReader   *self);
const char         *pz_csv_reader_get_problem  (PzCsvReader   *self);
const char         *pz_csv_reader_get_encoding (PzCsvReader   *self);
char                pz_csv_reader_get_delimiter (PzCsvReader  *self);
guint64             pz_csv_reader_get_n_bytes  (PzCsvReader   *self);
const char         *pz_csv_reader_get_sha256   (PzCsvReader   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PzCsvReader, pz_csv_reader_free)

G_END_DECLS
