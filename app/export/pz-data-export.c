/* pz-data-export.c
 *
 * The zones the filter shows as data: CSV (UTF-8, optionally with a BOM
 * so that spreadsheet programs read Chinese correctly), GeoJSON, and a
 * GeoPackage of one point table. Each is built in memory, then written
 * whole or not at all (pz-export-file.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-data-export"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "pz-export-private.h"
#include "pz-gpkg-writer.h"
#include "pz-park.h"

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.6f", value));
}

/* A text cell. One that a spreadsheet would read as a formula (starting
 * with = + - @, a tab or a carriage return: OWASP's CSV injection rule)
 * gets a leading apostrophe, which spreadsheets show as text; imported
 * names reach exports, so a name cannot run =HYPERLINK(…). */
static void
append_csv_field (GString    *out,
                  const char *text)
{
  gboolean formula;

  if (text == NULL)
    return;
  formula = strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0';
  if (!formula && strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* zone id → number of parks, or NULL without parks. */
static GHashTable *
count_parks (GListModel *parks)
{
  GHashTable *counts;

  if (parks == NULL)
    return NULL;
  counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (parks); i++)
    {
      g_autoptr(PzPark) park = g_list_model_get_item (parks, i);
      const char *zone = pz_park_get_zone_id (park);

      if (zone != NULL)
        g_hash_table_insert (counts, g_strdup (zone),
                             GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (counts, zone)) + 1));
    }
  return counts;
}

static void
build_csv (GString    *out,
           GListModel *zones,
           GHashTable *park_counts,
           gboolean    bom)
{
  if (bom)
    g_string_append (out, "\xEF\xBB\xBF");

  g_string_append (out, "batch,lat,lon");
  if (park_counts != NULL)
    g_string_append (out, ",parks");
  for (guint c = 0; c < PZ_ZONE_N_TEXTS; c++)
    {
      g_autofree char *name = pz_zone_dup_column_name (c);

      g_string_append_printf (out, ",%s", name);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      g_string_append_printf (out, "%u,", pz_zone_get_batch (zone));
      if (pz_zone_has_location (zone))
        {
          append_number (out, pz_zone_get_latitude (zone));
          g_string_append_c (out, ',');
          append_number (out, pz_zone_get_longitude (zone));
        }
      else
        g_string_append_c (out, ',');
      if (park_counts != NULL)
        g_string_append_printf (out, ",%d", GPOINTER_TO_INT (g_hash_table_lookup (park_counts, pz_zone_get_id (zone))));
      for (guint c = 0; c < PZ_ZONE_N_TEXTS; c++)
        {
          g_string_append_c (out, ',');
          append_csv_field (out, pz_zone_get_text (zone, (PzZoneText) c));
        }
      g_string_append (out, "\r\n");
    }
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

static void
build_geojson (GString    *out,
               GListModel *zones,
               GHashTable *park_counts)
{
  g_string_append (out, "{\"type\":\"FeatureCollection\",\"features\":[");
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      g_string_append (out, i > 0 ? ",\n" : "\n");
      g_string_append (out, "{\"type\":\"Feature\",\"id\":");
      append_json_string (out, pz_zone_get_id (zone));
      g_string_append (out, ",\"geometry\":");
      if (pz_zone_has_location (zone))
        {
          g_string_append (out, "{\"type\":\"Point\",\"coordinates\":[");
          append_number (out, pz_zone_get_longitude (zone));
          g_string_append_c (out, ',');
          append_number (out, pz_zone_get_latitude (zone));
          g_string_append (out, "]}");
        }
      else
        g_string_append (out, "null");

      g_string_append_printf (out, ",\"properties\":{\"batch\":%u", pz_zone_get_batch (zone));
      if (park_counts != NULL)
        g_string_append_printf (out, ",\"parks\":%d",
                                GPOINTER_TO_INT (g_hash_table_lookup (park_counts, pz_zone_get_id (zone))));
      for (guint c = 0; c < PZ_ZONE_N_TEXTS; c++)
        {
          g_autofree char *name = pz_zone_dup_column_name (c);

          g_string_append_printf (out, ",\"%s\":", name);
          append_json_string (out, pz_zone_get_text (zone, (PzZoneText) c));
        }
      g_string_append (out, "}}");
    }
  g_string_append (out, "\n]}\n");
}

/* SQLite builds the GeoPackage in memory; it is written like any file. */
static gboolean
write_gpkg (GFile       *file,
            GListModel  *zones,
            GHashTable  *park_counts,
            gboolean     overwrite,
            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  GError *local_error = NULL;

  if (!(bytes = pz_gpkg_build_zones (zones, park_counts, &local_error)))
    return _pz_export_fail (error, local_error, file);
  return _pz_export_write (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), overwrite, error);
}

/**
 * pz_export_data:
 * @zones: the zones to write, e.g. those the filter shows
 * @parks: (nullable): all parks, to count each zone's; %NULL: no count
 * @bom: start a CSV file with a UTF-8 byte-order mark
 *
 * Returns: %TRUE if @file was written; else @error says why and no partial
 *   file is left
 */
gboolean
pz_export_data (GListModel    *zones,
                GListModel    *parks,
                PzDataFormat   format,
                gboolean       bom,
                GFile         *file,
                gboolean       overwrite,
                GError       **error)
{
  g_autoptr(GString) contents = NULL;
  g_autoptr(GHashTable) park_counts = count_parks (parks);

  g_return_val_if_fail (G_IS_LIST_MODEL (zones), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!_pz_export_check_target (file, overwrite, error))
    return FALSE;
  if (format == PZ_DATA_GPKG)
    return write_gpkg (file, zones, park_counts, overwrite, error);

  contents = g_string_new (NULL);
  if (format == PZ_DATA_CSV)
    build_csv (contents, zones, park_counts, bom);
  else
    build_geojson (contents, zones, park_counts);
  return _pz_export_write (file, (const guint8 *) contents->str, contents->len, overwrite, error);
}
