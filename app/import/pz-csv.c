/* pz-csv.c
 *
 * A CSV file read whole (or its head) into memory, for the preview, the
 * tests and the bundled data's checks; an import streams instead
 * (pz-csv-reader.c reads both).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-csv"

#include "config.h"

#include "pz-csv.h"
#include "pz-csv-reader.h"
#include "pz-import-problem.h"

G_DEFINE_QUARK (pz-csv-error-quark, pz_csv_error)

/**
 * pz_csv_read_stream:
 * @max_rows: stop after this many records (or as many bad lines);
 *   G_MAXUINT reads to the end
 *
 * Returns: (transfer full): the file read, or %NULL with @error naming
 *   the problem and, for syntax errors, the line
 */
PzCsv *
pz_csv_read_stream (GInputStream  *stream,
                    guint          max_rows,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(PzCsvReader) reader = pz_csv_reader_new (stream, cancellable, error);
  g_autoptr(PzCsv) self = NULL;

  if (reader == NULL)
    return NULL;

  self = g_new0 (PzCsv, 1);
  self->header = g_strdupv ((GStrv) pz_csv_reader_get_header (reader));
  self->delimiter = pz_csv_reader_get_delimiter (reader);
  self->records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->problems = g_ptr_array_new_with_free_func (g_object_unref);

  while (self->records->len < max_rows && self->problems->len < max_rows)
    {
      guint line;

      switch (pz_csv_reader_next (reader, cancellable, error))
        {
        case PZ_CSV_READ_ERROR:
          return NULL;
        case PZ_CSV_READ_END:
          max_rows = 0;
          break;
        case PZ_CSV_READ_BAD_LINE:
          g_ptr_array_add (self->problems, pz_import_problem_new (pz_csv_reader_get_line (reader),
                                                                  pz_csv_reader_get_problem (reader)));
          break;
        case PZ_CSV_READ_RECORD:
        default:
          {
            guint n_fields;
            const char * const *fields = pz_csv_reader_get_fields (reader, &n_fields);
            GStrv record = g_new (char *, n_fields + 1);

            for (guint i = 0; i < n_fields; i++)
              record[i] = g_strdup (fields[i]);
            record[n_fields] = NULL;
            g_ptr_array_add (self->records, record);
            line = pz_csv_reader_get_line (reader);
            g_array_append_val (self->lines, line);
          }
          break;
        }
    }

  /* The encoding is known for sure once a line that is not ASCII was read. */
  self->encoding = g_strdup (pz_csv_reader_get_encoding (reader));
  return g_steal_pointer (&self);
}

/**
 * pz_csv_parse:
 *
 * Returns: (transfer full): the parsed file, or %NULL with @error naming
 *   the problem and, for syntax errors, the line
 */
PzCsv *
pz_csv_parse (const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, length, NULL);

  return pz_csv_read_stream (stream, G_MAXUINT, NULL, error);
}

void
pz_csv_free (PzCsv *self)
{
  if (self == NULL)
    return;
  g_free (self->encoding);
  g_strfreev (self->header);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_free (self);
}
