/* pz-csv-reader.c
 *
 * Reads a CSV file as a stream, one record at a time, in a fixed amount
 * of memory whatever the file's size. The encoding is detected once from
 * the head of the file (a byte-order mark, else UTF-8 when the head's
 * lines are, else GB18030 as spreadsheet programs in China save), then
 * every record is checked in it: a record that does not decode is a bad
 * line with its number, never text in the wrong characters. Line ends may
 * be LF, CRLF or the CR of old Mac files; quoted fields may hold
 * separators, quotes and line breaks (RFC 4180).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-csv"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>

#include "pz-csv.h"
#include "pz-csv-reader-private.h"

static gboolean
read_raw (PzCsvReader   *self,
          gsize          keep,
          GCancellable  *cancellable,
          GError       **error)
{
  /* A pipe hands out what it has; the head needs a full chunk. */
  self->raw_len = keep;
  while (!self->eof && self->raw_len < CHUNK)
    {
      gssize got = g_input_stream_read (self->stream, self->raw + self->raw_len, CHUNK - self->raw_len,
                                        cancellable, error);

      if (got < 0)
        return FALSE;
      if (got == 0)
        self->eof = TRUE;
      g_checksum_update (self->checksum, (const guchar *) self->raw + self->raw_len, got);
      self->raw_len += got;
      self->n_bytes += got;
      if (!self->primed && got > 0)
        break;
    }
  return TRUE;
}

/* The next text to tokenize; text_len 0 at the end of the file. */
static gboolean
fill (PzCsvReader   *self,
      GCancellable  *cancellable,
      GError       **error)
{
  gsize keep = 0;

  if (self->primed)
    self->primed = FALSE;
  else
    {
      if (self->utf16 != (GIConv) -1)
        {
          keep = self->raw_len - self->raw_start;
          memmove (self->raw, self->raw + self->raw_start, keep);
        }
      self->raw_start = 0;
      if (!read_raw (self, keep, cancellable, error))
        return FALSE;
    }

  self->pos = 0;
  if (self->utf16 == (GIConv) -1)
    {
      self->text = self->raw + self->raw_start;
      self->text_len = self->raw_len - self->raw_start;
      self->raw_start = self->raw_len;
      return TRUE;
    }

  {
    char *in = self->raw + self->raw_start, *out = self->converted;
    gsize in_left = self->raw_len - self->raw_start, out_left = 2 * CHUNK;

    if (g_iconv (self->utf16, &in, &in_left, &out, &out_left) == (gsize) -1 &&
        (errno != EINVAL || (self->eof && in_left > 0)))
      {
        g_set_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_ENCODING,
                     _("Line %u: the file starts like UTF-16 text but is not valid UTF-16"), self->line);
        return FALSE;
      }
    self->raw_start = self->raw_len - in_left;
    self->text = self->converted;
    self->text_len = out - self->converted;
    /* An incomplete character is all a chunk left: read on. */
    if (self->text_len == 0 && !self->eof)
      return fill (self, cancellable, error);
  }
  return TRUE;
}

/* The separator that splits the header line into the most fields. */
static char
detect_delimiter (const char *text,
                  gsize       length)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (const char *p = text; p < text + length && *p != '\0' && (quoted || (*p != '\n' && *p != '\r')); p++)
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

static void
end_field (PzCsvReader *self)
{
  gsize end = self->record->len;

  g_string_append_c (self->record, '\0');
  g_array_append_val (self->ends, end);
}

static void
too_long (PzCsvReader  *self,
          gboolean      quoted,
          guint         quote_line,
          GError      **error)
{
  if (self->seen & SEEN_NUL)
    g_set_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_BINARY,
                 _("Line %u holds NUL bytes and no line end in its first %u KiB: the file is not CSV text"),
                 self->record_line, PZ_CSV_MAX_LINE / 1024);
  else if (quoted)
    g_set_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_TOO_LONG,
                 _("Line %u: a quoted field runs on for more than %u KiB; is its closing quote missing?"),
                 quote_line, PZ_CSV_MAX_LINE / 1024);
  else
    g_set_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_TOO_LONG,
                 _("Line %u is longer than %u KiB, too long for a list of enterprises"),
                 self->record_line, PZ_CSV_MAX_LINE / 1024);
}

/* Splits the next record into fields. Returns -1 on error, 0 at the end
 * of the file, 1 for a record. */
static int
read_record (PzCsvReader   *self,
             GCancellable  *cancellable,
             GError       **error)
{
  enum { START, UNQUOTED, QUOTED, AFTER_QUOTE } state = START;
  gboolean any = FALSE;
  guint quote_line = 0;
  const char delimiter = self->delimiter;

  g_string_truncate (self->record, 0);
  g_array_set_size (self->ends, 0);
  self->seen = 0;
  self->record_line = self->line;

  for (;;)
    {
      const char *p, *end, *span;
      char c;

      if (self->pos == self->text_len)
        {
          if (!fill (self, cancellable, error))
            return -1;
          if (self->text_len == 0)
            {
              if (state == QUOTED)
                {
                  g_set_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_SYNTAX,
                               _("Line %u: a quoted field is never closed"), quote_line);
                  return -1;
                }
              if (!any)
                return 0;
              end_field (self);
              return 1;
            }
        }

      p = self->text + self->pos;
      end = self->text + self->text_len;
      c = *p;

      if (self->after_cr)
        {
          self->after_cr = FALSE;
          if (c == '\n')
            {
              if (state == QUOTED)
                g_string_append_c (self->record, c);
              self->pos++;
              continue;
            }
        }

      /* Plain bytes go in as one span. */
      for (span = p; p < end; p++)
        {
          c = *p;
          if (c == '"' || c == '\n' || c == '\r' || c == '\0' || (c == delimiter && state != QUOTED))
            break;
          self->seen |= (guchar) c >= 0x80;
        }
      if (p > span)
        {
          any = TRUE;
          if (state == START)
            state = UNQUOTED;
          g_string_append_len (self->record, span, p - span);
          self->pos += p - span;
        }
      if (self->record->len > PZ_CSV_MAX_LINE)
        {
          too_long (self, state == QUOTED, quote_line, error);
          return -1;
        }
      if (p == end)
        continue;

      self->pos++;
      any = TRUE;
      switch (c)
        {
        case '"':
          if (state == START)
            state = QUOTED, quote_line = self->line;
          else if (state == QUOTED)
            {
              /* A doubled quote is a quote; the pair may straddle chunks. */
              if (self->pos == self->text_len && !fill (self, cancellable, error))
                return -1;
              if (self->pos < self->text_len && self->text[self->pos] == '"')
                {
                  g_string_append_c (self->record, '"');
                  self->pos++;
                }
              else
                state = AFTER_QUOTE;
            }
          else
            g_string_append_c (self->record, c);
          break;

        case '\0':
          self->seen |= SEEN_NUL;
          if (state == START)
            state = UNQUOTED;
          g_string_append_c (self->record, c);
          break;

        case '\n':
        case '\r':
          self->line++;
          self->after_cr = c == '\r';
          if (state == QUOTED)
            {
              g_string_append_c (self->record, c);
              break;
            }
          end_field (self);
          return 1;

        default:
          if (state == QUOTED)
            g_string_append_c (self->record, c);
          else
            {
              end_field (self);
              state = START;
            }
          break;
        }
    }
}

static gboolean
is_blank (PzCsvReader *self)
{
  for (guint i = 0; i < self->fields->len; i++)
    if (*(const char *) g_ptr_array_index (self->fields, i) != '\0')
      return FALSE;
  return TRUE;
}

/* Blank records are skipped: they are a spreadsheet's empty rows. */
PzCsvRead
pz_csv_reader_next (PzCsvReader   *self,
                    GCancellable  *cancellable,
                    GError       **error)
{
  for (;;)
    {
      int read = read_record (self, cancellable, error);

      if (read < 0)
        return PZ_CSV_READ_ERROR;
      if (read == 0)
        {
          if (self->sha256 == NULL)
            self->sha256 = g_strdup (g_checksum_get_string (self->checksum));
          return PZ_CSV_READ_END;
        }
      if (!_pz_csv_reader_decode_record (self))
        return PZ_CSV_READ_BAD_LINE;
      if (!is_blank (self))
        return PZ_CSV_READ_RECORD;
    }
}

/**
 * pz_csv_reader_new:
 * @stream: the file, read from where it is
 *
 * Reads the head of the file (its encoding, separator and header line).
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
PzCsvReader *
pz_csv_reader_new (GInputStream  *stream,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(PzCsvReader) self = g_new0 (PzCsvReader, 1);
  const char *utf16 = NULL;

  self->stream = g_object_ref (stream);
  self->checksum = g_checksum_new (G_CHECKSUM_SHA256);
  self->raw = g_malloc (CHUNK);
  self->utf16 = self->gb18030 = (GIConv) -1;
  self->line = 1;
  self->record = g_string_sized_new (256);
  self->ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->decoded = g_string_sized_new (256);
  self->fields = g_ptr_array_new ();
  self->encoding = "UTF-8";

  self->primed = TRUE;
  if (!read_raw (self, 0, cancellable, error))
    return NULL;

  if (self->raw_len >= 3 && memcmp (self->raw, "\xEF\xBB\xBF", 3) == 0)
    {
      self->encoding = "UTF-8 with BOM";
      self->raw_start = 3;
    }
  else if (self->raw_len >= 2 && (memcmp (self->raw, "\xFF\xFE", 2) == 0 || memcmp (self->raw, "\xFE\xFF", 2) == 0))
    {
      self->encoding = "UTF-16";
      self->raw_start = 2;
      utf16 = self->raw[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    }
  else if ((utf16 = _pz_csv_utf16_without_bom (self->raw, self->raw_len)))
    {
      g_set_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_ENCODING,
                   /* Translators: %s is UTF-16LE or UTF-16BE */
                   _("The file looks like %s text without a byte-order mark, which cannot be read for sure; "
                     "save it from the spreadsheet as “CSV UTF-8”"), utf16);
      return NULL;
    }

  if (utf16 != NULL)
    {
      self->utf16 = g_iconv_open ("UTF-8", utf16);
      self->converted = g_malloc (2 * CHUNK);
    }
  else if (self->raw_start == 0)   /* a UTF-8 byte-order mark says UTF-8 */
    self->mode = _pz_csv_detect_mode (self->raw, self->raw_len, self->eof);
  if (self->mode == MODE_GB18030)
    self->encoding = "GB18030";
  if (self->mode != MODE_UTF8 &&
      (self->gb18030 = g_iconv_open ("UTF-8", "GB18030")) == (GIConv) -1)
    self->mode = MODE_UTF8;

  if (!fill (self, cancellable, error))
    return NULL;
  self->delimiter = detect_delimiter (self->text, self->text_len);

  switch (pz_csv_reader_next (self, cancellable, error))
    {
    case PZ_CSV_READ_ERROR:
      return NULL;
    case PZ_CSV_READ_END:
      g_set_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_EMPTY, _("The file is empty"));
      return NULL;
    case PZ_CSV_READ_BAD_LINE:
      if (self->seen & SEEN_NUL)
        g_set_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_BINARY,
                     _("Line %u holds NUL bytes: the file is binary data, not CSV text"), self->record_line);
      else
        g_set_error (error, PZ_CSV_ERROR, PZ_CSV_ERROR_ENCODING,
                     _("The file is neither UTF-8 nor GB18030/GBK text; save it from the spreadsheet as “CSV UTF-8”"));
      return NULL;
    case PZ_CSV_READ_RECORD:
    default:
      break;
    }
  g_ptr_array_add (self->fields, NULL);
  self->header = g_strdupv ((GStrv) self->fields->pdata);
  g_ptr_array_set_size (self->fields, 0);
  return g_steal_pointer (&self);
}

void
pz_csv_reader_free (PzCsvReader *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->stream);
  g_checksum_free (self->checksum);
  g_free (self->sha256);
  if (self->utf16 != (GIConv) -1)
    g_iconv_close (self->utf16);
  if (self->gb18030 != (GIConv) -1)
    g_iconv_close (self->gb18030);
  g_free (self->raw);
  g_free (self->converted);
  g_string_free (self->record, TRUE);
  g_array_unref (self->ends);
  g_string_free (self->decoded, TRUE);
  g_ptr_array_unref (self->fields);
  g_strfreev (self->header);
  g_free (self->problem);
  g_free (self);
}

const char * const *
pz_csv_reader_get_header (PzCsvReader *self)
{
  return (const char * const *) self->header;
}

/* The fields of the last record, valid until the next is read. */
const char * const *
pz_csv_reader_get_fields (PzCsvReader *self,
                          guint       *n_fields)
{
  *n_fields = self->fields->len;
  return (const char * const *) self->fields->pdata;
}

/* The line the last record or bad line starts on (the header's is 1). */
guint
pz_csv_reader_get_line (PzCsvReader *self)
{
  return self->record_line;
}

const char *
pz_csv_reader_get_problem (PzCsvReader *self)
{
  return self->problem;
}

/* "UTF-8", "UTF-8 with BOM", "GB18030" or "UTF-16" */
const char *
pz_csv_reader_get_encoding (PzCsvReader *self)
{
  return self->encoding;
}

char
pz_csv_reader_get_delimiter (PzCsvReader *self)
{
  return self->delimiter;
}

/* The bytes of the file read so far. */
guint64
pz_csv_reader_get_n_bytes (PzCsvReader *self)
{
  return self->n_bytes;
}

/* The SHA-256 of the file's bytes in hex, once the end was read. */
const char *
pz_csv_reader_get_sha256 (PzCsvReader *self)
{
  return self->sha256;
}
