/* pz-csv-reader-private.h
 *
 * The reader's state, shared by its tokenizer (pz-csv-reader.c) and its
 * decoding (pz-csv-decode.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-csv-reader.h"

G_BEGIN_DECLS

#define CHUNK (64 * 1024)

typedef enum
{
  MODE_UTF8,
  MODE_UNDECIDED,   /* only ASCII so far: the first other line decides */
  MODE_GB18030,
} PzCsvMode;

/* Bytes of a record seen while tokenizing. */
enum
{
  SEEN_HIGH = 1 << 0,   /* a byte ≥ 0x80: the record needs decoding */
  SEEN_NUL  = 1 << 1,
};

struct _PzCsvReader
{
  GInputStream *stream;
  GChecksum    *checksum;
  char         *sha256;
  guint64       n_bytes;
  gboolean      eof;
  gboolean      primed;       /* the head is in raw, not yet handed out */

  const char   *encoding;
  PzCsvMode     mode;
  GIConv        utf16;        /* to UTF-8, or (GIConv) -1 */
  GIConv        gb18030;      /* to UTF-8, or (GIConv) -1 */
  char          delimiter;

  char         *raw;          /* CHUNK bytes as read */
  gsize         raw_len;
  gsize         raw_start;    /* a byte-order mark skipped */
  char         *converted;    /* UTF-16 as UTF-8 */
  const char   *text;         /* raw or converted */
  gsize         text_len;
  gsize         pos;

  guint         line;         /* the physical line being read */
  gboolean      after_cr;     /* a CR ended the last line: an LF next is the same end */
  guint         record_line;
  guint         seen;
  GString      *record;       /* the fields' bytes, each ended by a NUL */
  GArray       *ends;         /* of gsize: where each field ends in record */
  GString      *decoded;
  GPtrArray    *fields;
  GStrv         header;
  char         *problem;
};

const char *_pz_csv_utf16_without_bom    (const char  *head,
                                          gsize        length);
PzCsvMode   _pz_csv_detect_mode          (const char  *head,
                                          gsize        length,
                                          gboolean     complete);
gboolean    _pz_csv_reader_decode_record (PzCsvReader *self);

G_END_DECLS
