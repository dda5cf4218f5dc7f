/* pz-csv-decode.c
 *
 * The encoding of a CSV file from its head, and each record decoded in
 * it: a record that does not decode is a bad line with the reason, never
 * text in the wrong characters. Fields lose the padding spreadsheets put
 * around them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pz-csv-reader-private.h"

/* UTF-16 without a byte-order mark: one byte of most pairs is NUL. */
const char *
_pz_csv_utf16_without_bom (const char *head,
                           gsize       length)
{
  guint nul[2] = { 0, 0 };
  gsize n = MIN (length, 4096) & ~(gsize) 1;

  for (gsize i = 0; i < n; i++)
    nul[i % 2] += head[i] == '\0';
  if (n >= 4 && nul[1] >= n / 4 && nul[0] <= n / 64)
    return "UTF-16LE";
  if (n >= 4 && nul[0] >= n / 4 && nul[1] <= n / 64)
    return "UTF-16BE";
  return NULL;
}

/* UTF-8 when the head's lines that are not ASCII mostly are (one line in
 * another encoding is then a bad line); undecided when all are ASCII. */
PzCsvMode
_pz_csv_detect_mode (const char *head,
                     gsize       length,
                     gboolean    complete)
{
  guint utf8 = 0, other = 0;
  const char *end = head + length;

  for (const char *line = head; line < end;)
    {
      const char *next = memchr (line, '\n', end - line);
      gboolean high = FALSE;

      if (next == NULL && !complete)
        break;   /* the last line may be cut inside a character */
      if (next == NULL)
        next = end;
      for (const char *p = line; p < next && !high; p++)
        high = (guchar) *p >= 0x80;
      if (high)
        {
          if (g_utf8_validate_len (line, next - line, NULL))
            utf8++;
          else
            other++;
        }
      line = next + 1;
    }

  if (utf8 == 0 && other == 0)
    return MODE_UNDECIDED;
  return utf8 >= other ? MODE_UTF8 : MODE_GB18030;
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Spaces around a field are a spreadsheet's padding, not data. */
static void
add_field (PzCsvReader *self,
           char        *start,
           char        *end)
{
  while (start < end && is_space (*start))
    start++;
  while (end > start && is_space (end[-1]))
    end--;
  *end = '\0';
  g_ptr_array_add (self->fields, start);
}

static gboolean
all_utf8 (PzCsvReader *self)
{
  gsize start = 0;

  for (guint i = 0; i < self->ends->len; i++)
    {
      gsize end = g_array_index (self->ends, gsize, i);

      if (!g_utf8_validate_len (self->record->str + start, end - start, NULL))
        return FALSE;
      start = end + 1;
    }
  return TRUE;
}

/* The record's fields in UTF-8 from GB18030, into decoded. */
static gboolean
convert_gb18030 (PzCsvReader *self)
{
  gsize start = 0;
  GArray *offsets = g_array_sized_new (FALSE, FALSE, sizeof (gsize), self->ends->len);
  gboolean ok = TRUE;

  g_string_truncate (self->decoded, 0);
  for (guint i = 0; i < self->ends->len && ok; i++)
    {
      gsize end = g_array_index (self->ends, gsize, i);
      g_autofree char *text = g_convert_with_iconv (self->record->str + start, end - start, self->gb18030,
                                                    NULL, NULL, NULL);

      ok = text != NULL;
      if (ok)
        {
          g_string_append (self->decoded, text);
          g_array_append_val (offsets, self->decoded->len);
          g_string_append_c (self->decoded, '\0');
        }
      start = end + 1;
    }

  start = 0;
  for (guint i = 0; i < offsets->len && ok; i++)
    {
      gsize end = g_array_index (offsets, gsize, i);

      add_field (self, self->decoded->str + start, self->decoded->str + end);
      start = end + 1;
    }
  g_array_unref (offsets);
  return ok;
}

static gboolean
bad_line (PzCsvReader *self,
          const char  *reason)
{
  g_free (self->problem);
  self->problem = g_strdup (reason);
  return FALSE;
}

/* The fields of the record in UTF-8, or FALSE with the problem. */
gboolean
_pz_csv_reader_decode_record (PzCsvReader *self)
{
  gsize start = 0;

  g_ptr_array_set_size (self->fields, 0);

  if (self->seen & SEEN_NUL)
    return bad_line (self, _("the line holds a NUL byte, which no text has (binary data?)"));

  if (self->seen & SEEN_HIGH)
    switch (self->mode)
      {
      case MODE_UNDECIDED:
        if (all_utf8 (self))
          self->mode = MODE_UTF8;
        else if (convert_gb18030 (self))
          {
            self->mode = MODE_GB18030;
            self->encoding = "GB18030";
            return TRUE;
          }
        else
          return bad_line (self, _("the line is neither UTF-8 nor GB18030 text; save the file as “CSV UTF-8”"));
        break;

      case MODE_UTF8:
        if (!all_utf8 (self))
          return bad_line (self, _("the line is not UTF-8 text like the rest of the file; save the file as “CSV UTF-8”"));
        break;

      case MODE_GB18030:
        if (all_utf8 (self))
          return bad_line (self, _("the line is UTF-8 text in a file read as GB18030; save the file as “CSV UTF-8”"));
        if (!convert_gb18030 (self))
          return bad_line (self, _("the line is not GB18030 text like the rest of the file; save the file as “CSV UTF-8”"));
        return TRUE;

      default:
        g_assert_not_reached ();
      }

  for (guint i = 0; i < self->ends->len; i++)
    {
      gsize end = g_array_index (self->ends, gsize, i);

      add_field (self, self->record->str + start, self->record->str + end);
      start = end + 1;
    }
  return TRUE;
}
