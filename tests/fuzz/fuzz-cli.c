/* fuzz-cli.c
 *
 * libFuzzer target for the command-line export options: each input line
 * is one option, "name=value" (or "name" for a switch), handed to
 * pz_cli_parse() as GApplication hands them over after GOption has typed
 * them. Runs against the bundled database ($PZ_DATABASE). Invariants: a
 * refusal has a message; an accepted request has a known format, a view
 * inside the map's limits, and a filter that shows exactly the zones of
 * the batches asked for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "fuzz-common.h"
#include "pz-cli.h"

static PzDatabase *database;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  const char *path = g_getenv ("PZ_DATABASE");

  fuzz_init (argc, argv);
  if (path == NULL || !(database = pz_database_open (path, &error)))
    {
      fprintf (stderr, "fuzz-cli: set PZ_DATABASE to the built pilot-zones.gpkg (%s)\n",
               error != NULL ? error->message : "not set");
      exit (1);
    }
  return 0;
}

/* The option's value as GOption would type it; FALSE when GOption would
 * have refused the command line already. */
static gboolean
add_option (GVariantDict *options,
            const char   *name,
            const char   *value)
{
  static const char *const strings[] = { "format", "batch", "province", "center", "title", "mode", "paper",
                                         "width", "height", "zoom", "dpi", NULL };
  static const char *const switches[] = { "bom", "force", "parks", "landscape", "portrait", "no-title",
                                          "no-legend", "no-scale", "no-north", "no-attribution", NULL };

  if (g_strv_contains (switches, name))
    g_variant_dict_insert (options, name, "b", TRUE);
  else if (value == NULL)
    return FALSE;
  else if (g_strv_contains (strings, name))
    {
      g_autofree char *text = g_utf8_make_valid (value, -1);

      g_variant_dict_insert (options, name, "s", text);
    }
  else if (strcmp (name, "export") == 0 || strcmp (name, "export-data") == 0)
    g_variant_dict_insert_value (options, name, g_variant_new_bytestring (value));
  else
    return FALSE;
  return TRUE;
}

/* Whether @zone's batch is one of the numbers in @list. */
static gboolean
batch_listed (PzZone     *zone,
              const char *list)
{
  g_auto(GStrv) items = g_strsplit (list, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    if (g_ascii_strtoull (g_strstrip (items[i]), NULL, 10) == pz_zone_get_batch (zone))
      return TRUE;
  return FALSE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", 16);
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_auto(PzCliRequest) request = { NULL };
  g_autoptr(GError) error = NULL;
  GListModel *zones = pz_database_get_zones (database);
  const char *batches = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *equals = strchr (lines[i], '=');

      if (equals != NULL)
        *equals = '\0';
      if (!add_option (options, lines[i], equals != NULL ? equals + 1 : NULL))
        return 0;
    }

  if (!pz_cli_parse (options, database, &request, &error))
    {
      FUZZ_CHECK (error != NULL && *error->message != '\0');
      return 0;
    }
  FUZZ_CHECK (error == NULL && request.filter != NULL);
  FUZZ_CHECK ((request.image_path != NULL) == g_variant_dict_contains (options, "export"));
  FUZZ_CHECK ((request.data_path != NULL) == g_variant_dict_contains (options, "export-data"));

  if (request.image_path != NULL && request.has_view)
    {
      FUZZ_CHECK (request.zoom >= 2 && request.zoom <= 12);
      FUZZ_CHECK (fabs (request.latitude) <= 85 && fabs (request.longitude) <= 180);
    }
  if (request.image_path != NULL)
    FUZZ_CHECK (request.image.format <= PZ_IMAGE_PDF);
  if (request.data_path != NULL)
    FUZZ_CHECK (request.data_format <= PZ_DATA_GPKG);

  /* Without a province, the filter is exactly the batches listed. */
  g_variant_dict_lookup (options, "batch", "&s", &batches);
  if (!g_variant_dict_contains (options, "province"))
    for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
      {
        g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
        gboolean expected = batches == NULL || *batches == '\0' || batch_listed (zone, batches);

        FUZZ_CHECK (gtk_filter_match (GTK_FILTER (request.filter), zone) == expected);
      }

  return 0;
}
