/* pz-csv.c
 *
 * Reads the CSV files planners have: UTF-8 with or without a byte-order
 * mark, GB18030/GBK as spreadsheet programs in China save them, or UTF-16
 * ("Unicode text"); comma, semicolon or tab separated; quoted fields may
 * hold separators, quotes and line breaks (RFC 4180).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pz-csv.h"

G_DEFINE_QUARK (pz-csv-error-quark, pz_csv_error)

/* The text of @data in UTF-8, and the encoding it was in. */
static char *
decode (const char  *data,
        gsize        length,
        const char **encoding,
        GError     **error)
{
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      *encoding = "UTF-8 with BOM";
      data += 3, length -= 3;
    }
  else if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      const char *from = data[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
      char *text;

      *encoding = "UTF-16";
      if ((text = g_convert (data + 2, length - 2, "UTF-8", from, NULL, NULL, NULL)))
        return text;
      g_set_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_ENCODING,
                   _("The file starts like UTF-16 text but is not valid UTF-16"));
      return NULL;
    }
  else
    *encoding = "UTF-8";

  if (g_utf8_validate_len (data, length, NULL) && memchr (data, '\0', length) == NULL)
    return g_strndup (data, length);

  /* Not UTF-8: GB18030, a superset of GBK and GB2312, is what spreadsheet
   * programs in China save. A file in another legacy encoding (Big5, say)
   * may convert too, as wrong characters rather than an error; the import
   * preview shows them. */
  if (g_str_equal (*encoding, "UTF-8"))
    {
      char *text = g_convert (data, length, "UTF-8", "GB18030", NULL, NULL, NULL);

      if (text != NULL && memchr (data, '\0', length) == NULL)
        {
          *encoding = "GB18030";
          return text;
        }
      g_free (text);
    }

  g_set_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_ENCODING,
               _("The file is neither UTF-8 nor GB18030/GBK text; save it from the spreadsheet as “CSV UTF-8”"));
  return NULL;
}

/* The separator that splits the header line into the most fields. */
static char
detect_delimiter (const char *text)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (const char *p = text; *p != '\0' && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      for (guint i = 0; i < G_N_ELEMENTS (candidates) && !quoted; i++)
        counts[i] += *p == candidates[i];
    }
  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;
  return candidates[best];
}

/* Spaces around a field are a spreadsheet's padding, not data; stripped
 * here, they never reach the readers of a parsed file, which may not
 * change it. */
static GStrv
finish_record (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    g_strstrip (g_ptr_array_index (fields, i));
  g_ptr_array_add (fields, NULL);
  return (GStrv) g_ptr_array_free (fields, FALSE);
}

static gboolean
record_is_blank (GStrv record)
{
  for (guint i = 0; record[i] != NULL; i++)
    if (*record[i] != '\0')
      return FALSE;
  return TRUE;
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
  g_autoptr(PzCsv) self = g_new0 (PzCsv, 1);
  g_autofree char *text = NULL;
  const char *encoding;
  GPtrArray *fields = NULL;
  GString *field = NULL;
  gboolean quoted = FALSE, after_quote = FALSE;
  guint line = 1, record_line = 1, quote_line = 0;

  if (!(text = decode (data, length, &encoding, error)))
    return NULL;

  self->encoding = g_strdup (encoding);
  self->delimiter = detect_delimiter (text);
  self->records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  fields = g_ptr_array_new ();
  field = g_string_new (NULL);

  for (const char *p = text;; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '\0')
            {
              g_set_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_SYNTAX,
                           _("Line %u: a quoted field is never closed"), quote_line);
              /* The fields already read on this record are owned strings. */
              g_strfreev (finish_record (fields));
              g_string_free (field, TRUE);
              return NULL;
            }
          if (c == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (c == '"')
            quoted = FALSE, after_quote = TRUE;
          else
            {
              line += c == '\n';
              g_string_append_c (field, c);
            }
          continue;
        }

      if (c == '"' && field->len == 0 && !after_quote)
        {
          quoted = TRUE;
          quote_line = line;
        }
      else if (c == self->delimiter)
        {
          g_ptr_array_add (fields, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          after_quote = FALSE;
        }
      else if (c == '\n' || c == '\0')
        {
          GStrv record;

          g_ptr_array_add (fields, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          after_quote = FALSE;
          record = finish_record (fields);
          fields = g_ptr_array_new ();

          if (self->header == NULL && !record_is_blank (record))
            self->header = record;
          else if (!record_is_blank (record))
            {
              g_ptr_array_add (self->records, record);
              g_array_append_val (self->lines, record_line);
            }
          else
            g_strfreev (record);

          if (c == '\0')
            break;
          record_line = ++line;
        }
      else if (c != '\r')
        g_string_append_c (field, c);
    }

  g_strfreev (finish_record (fields));
  g_string_free (field, TRUE);

  if (self->header == NULL)
    {
      g_set_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_EMPTY, _("The file is empty"));
      return NULL;
    }
  return g_steal_pointer (&self);
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
  g_free (self);
}
