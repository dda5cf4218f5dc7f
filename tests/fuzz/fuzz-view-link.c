/* fuzz-view-link.c
 *
 * libFuzzer target for the view link parser and writer
 * (app/model/pz-view-link.c). The input, up to its first NUL, is parsed
 * as it is and with "pilotzones:?" in front (so that most inputs reach the
 * parameters). A refusal must carry a message in valid UTF-8; an accepted
 * link must hold only values in form (batches ascending from 1 to 99 each
 * once, six-digit province codes ascending, a real day, a known mode,
 * zoom 0-20, a centre on the Mercator map) and must survive a round trip:
 * written, read back equal, and written again to the same ASCII text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "fuzz-common.h"
#include "pz-view-link.h"

static void
check_values (const PzViewLink *link)
{
  for (guint i = 0; i < link->batches->len; i++)
    {
      guint batch = g_array_index (link->batches, guint, i);

      FUZZ_CHECK (batch >= 1 && batch <= 99);
      FUZZ_CHECK (i == 0 || g_array_index (link->batches, guint, i - 1) < batch);
    }
  for (guint i = 0; i < link->provinces->len; i++)
    {
      const char *code = g_ptr_array_index (link->provinces, i);

      FUZZ_CHECK (strlen (code) == 6 && strspn (code, "0123456789") == 6);
      FUZZ_CHECK (i == 0 || strcmp (g_ptr_array_index (link->provinces, i - 1), code) < 0);
    }
  FUZZ_CHECK (link->text == NULL || (*link->text != '\0' && g_utf8_validate (link->text, -1, NULL)));
  FUZZ_CHECK (link->first_year == 0 || (link->first_year <= link->last_year && link->last_year < 2200));
  FUZZ_CHECK (link->date == NULL || strlen (link->date) == 10);
  FUZZ_CHECK (link->mode == NULL || g_strv_contains ((const char * const[]) { "zones", "provinces", "enterprises", NULL },
                                                     link->mode));
  FUZZ_CHECK (!link->has_zoom || (isfinite (link->zoom) && link->zoom >= 0 && link->zoom <= 20));
  FUZZ_CHECK (!link->has_center || (fabs (link->latitude) <= 85 && fabs (link->longitude) <= 180));
}

static void
check (const char *uri)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzViewLink) link = pz_view_link_parse (uri, &error);
  g_autoptr(PzViewLink) back = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;

  if (link == NULL)
    {
      FUZZ_CHECK (error != NULL && error->domain == PZ_VIEW_LINK_ERROR);
      FUZZ_CHECK (*error->message != '\0' && g_utf8_validate (error->message, -1, NULL));
      return;
    }
  FUZZ_CHECK (error == NULL);
  check_values (link);

  text = pz_view_link_to_string (link);
  FUZZ_CHECK (g_str_has_prefix (text, PZ_VIEW_LINK_SCHEME ":"));
  for (const char *p = text; *p != '\0'; p++)
    FUZZ_CHECK ((guchar) *p > 0x20 && (guchar) *p < 0x7f);
  back = pz_view_link_parse (text, &error);
  FUZZ_CHECK (back != NULL);
  FUZZ_CHECK (pz_view_link_equal (link, back));
  again = pz_view_link_to_string (back);
  FUZZ_CHECK (strcmp (text, again) == 0);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init (argc, argv);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *input = g_strndup ((const char *) data, size);
  g_autofree char *prefixed = g_strconcat (PZ_VIEW_LINK_SCHEME ":?", input, NULL);

  check (input);
  check (prefixed);
  return 0;
}
