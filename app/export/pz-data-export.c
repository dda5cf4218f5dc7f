/* pz-data-export.c
 *
 * The zones the filter shows as data: CSV (UTF-8, optionally with a BOM
 * so that spreadsheet programs read Chinese correctly), GeoJSON, and a
 * GeoPackage of one point table. Writes are atomic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-data-export"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "pz-export-private.h"

/* The exported columns: the zone's text facts plus batch and position. */
static const PzZoneText text_columns[] = {
  PZ_ZONE_ID, PZ_ZONE_APPROVED, PZ_ZONE_DOCUMENT, PZ_ZONE_NAME_ZH, PZ_ZONE_NAME_EN,
  PZ_ZONE_NAME_PINYIN, PZ_ZONE_PROVINCE_ZH, PZ_ZONE_PROVINCE_EN, PZ_ZONE_PROVINCE_CODE,
  PZ_ZONE_COORD_SOURCE, PZ_ZONE_ENDED, PZ_ZONE_SUCCESSOR, PZ_ZONE_SOURCE_URL,
  PZ_ZONE_SOURCE2_URL, PZ_ZONE_NOTE,
};

/* "name-zh" → "name_zh", matching data/zones.csv ("id" is "zone_id"). */
static char *
column_name (PzZoneText field)
{
  if (field == PZ_ZONE_ID)
    return g_strdup ("zone_id");
  return g_strdelimit (g_strdup (pz_zone_text_property_name (field)), "-", '_');
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.6f", value));
}

static void
append_csv_field (GString    *out,
                  const char *text)
{
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
build_csv (GString    *out,
           GListModel *zones,
           gboolean    bom)
{
  if (bom)
    g_string_append (out, "\xEF\xBB\xBF");

  g_string_append (out, "batch,lat,lon");
  for (guint c = 0; c < G_N_ELEMENTS (text_columns); c++)
    {
      g_autofree char *name = column_name (text_columns[c]);

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
      for (guint c = 0; c < G_N_ELEMENTS (text_columns); c++)
        {
          g_string_append_c (out, ',');
          append_csv_field (out, pz_zone_get_text (zone, text_columns[c]));
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
               GListModel *zones)
{
  g_string_append (out, "{\"type\":\"FeatureCollection\",\"features\":[");
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      g_string_append (out, i > 0 ? ",\n" : "\n");
      g_string_append (out, "{\"type\":\"Feature\",\"geometry\":");
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
      for (guint c = 0; c < G_N_ELEMENTS (text_columns); c++)
        {
          g_autofree char *name = column_name (text_columns[c]);

          g_string_append_printf (out, ",\"%s\":", name);
          append_json_string (out, pz_zone_get_text (zone, text_columns[c]));
        }
      g_string_append (out, "}}");
    }
  g_string_append (out, "\n]}\n");
}

static gboolean
write_text (GFile       *file,
            GString     *contents,
            gboolean     overwrite,
            GError     **error)
{
  g_autoptr(GFileOutputStream) stream = _pz_export_open (file, overwrite, error);
  GError *write_error = NULL;

  if (stream == NULL)
    return FALSE;
  g_output_stream_write_all (G_OUTPUT_STREAM (stream), contents->str, contents->len, NULL, NULL, &write_error);
  return _pz_export_close (stream, file, write_error, error);
}

/* GeoPackage 1.3 with one point feature table, "zones". */
static const char gpkg_schema[] =
  "PRAGMA application_id = 0x47504B47;"
  "PRAGMA user_version = 10300;"
  "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,"
  " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
  " description TEXT);"
  "INSERT INTO gpkg_spatial_ref_sys VALUES"
  " ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),"
  " ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),"
  " ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\","
  "6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
  "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
  "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]', 'WGS 84');"
  "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
  " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL"
  " DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE,"
  " max_y DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id)"
  " REFERENCES gpkg_spatial_ref_sys(srs_id));"
  "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
  " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
  " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
  " CONSTRAINT uk_gc_table_name UNIQUE (table_name),"
  " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
  " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));"
  "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)"
  " VALUES ('zones', 'features', 'zones', 'Pilot zones exported from Pilot Zones', 4326);"
  "INSERT INTO gpkg_geometry_columns VALUES ('zones', 'geom', 'POINT', 4326, 0, 0);";

/* A GeoPackage point: header ('GP', version 0, little-endian, no
 * envelope, SRS 4326) and ISO WKB. */
static GBytes *
gpkg_point (double lon,
            double lat)
{
  guint8 blob[8 + 21] = { 'G', 'P', 0, 0x01 };
  guint32 srs = GUINT32_TO_LE (4326), type = GUINT32_TO_LE (1);
  guint64 x, y;

  memcpy (&x, &lon, 8);
  memcpy (&y, &lat, 8);
  x = GUINT64_TO_LE (x);
  y = GUINT64_TO_LE (y);
  memcpy (blob + 4, &srs, 4);
  blob[8] = 1;
  memcpy (blob + 9, &type, 4);
  memcpy (blob + 13, &x, 8);
  memcpy (blob + 21, &y, 8);
  return g_bytes_new (blob, sizeof blob);
}

static gboolean
fill_gpkg (sqlite3    *db,
           GListModel *zones)
{
  g_autoptr(GString) create = g_string_new ("CREATE TABLE zones (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                                            " geom POINT, batch INTEGER, lat REAL, lon REAL");
  g_autoptr(GString) insert = g_string_new ("INSERT INTO zones (geom, batch, lat, lon");
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;

  for (guint c = 0; c < G_N_ELEMENTS (text_columns); c++)
    {
      g_autofree char *name = column_name (text_columns[c]);

      g_string_append_printf (create, ", %s TEXT", name);
      g_string_append_printf (insert, ", %s", name);
    }
  g_string_append (create, ")");
  g_string_append (insert, ") VALUES (?, ?, ?, ?");
  for (guint c = 0; c < G_N_ELEMENTS (text_columns); c++)
    g_string_append (insert, ", ?");
  g_string_append (insert, ")");

  if (sqlite3_exec (db, gpkg_schema, NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (db, create->str, NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, insert->str, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;

  for (guint i = 0; ok && i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      if (pz_zone_has_location (zone))
        {
          g_autoptr(GBytes) blob = gpkg_point (pz_zone_get_longitude (zone), pz_zone_get_latitude (zone));

          sqlite3_bind_blob (stmt, 1, g_bytes_get_data (blob, NULL), (int) g_bytes_get_size (blob), SQLITE_TRANSIENT);
          sqlite3_bind_double (stmt, 3, pz_zone_get_latitude (zone));
          sqlite3_bind_double (stmt, 4, pz_zone_get_longitude (zone));
        }
      sqlite3_bind_int (stmt, 2, (int) pz_zone_get_batch (zone));
      for (guint c = 0; c < G_N_ELEMENTS (text_columns); c++)
        sqlite3_bind_text (stmt, 5 + c, pz_zone_get_text (zone, text_columns[c]), -1, SQLITE_STATIC);
      ok = sqlite3_step (stmt) == SQLITE_DONE;
    }

  sqlite3_finalize (stmt);
  return ok && sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
}

/* SQLite writes a file, not a stream: build it beside the target and
 * rename it into place, which is atomic on one filesystem. */
static gboolean
write_gpkg (GFile       *file,
            GListModel  *zones,
            gboolean     overwrite,
            GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *tmp = NULL;
  sqlite3 *db = NULL;
  gboolean ok;
  int fd;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("A GeoPackage can only be written to a local file"));
      return FALSE;
    }
  if (!overwrite && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists; choose another name or allow replacing it (--force)"), path);
      return FALSE;
    }

  tmp = g_strdup_printf ("%s.XXXXXX", path);
  if ((fd = g_mkstemp (tmp)) < 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot write “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  ok = sqlite3_open (tmp, &db) == SQLITE_OK && fill_gpkg (db, zones);
  if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Cannot write “%s”: %s"), path, db != NULL ? sqlite3_errmsg (db) : g_strerror (ENOMEM));
  sqlite3_close (db);

  if (ok && g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot write “%s”: %s"), path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp);
  return ok;
}

/**
 * pz_export_data:
 * @zones: the zones to write, e.g. those the filter shows
 * @bom: start a CSV file with a UTF-8 byte-order mark
 *
 * Returns: %TRUE if @file was written; else @error says why and no partial
 *   file is left
 */
gboolean
pz_export_data (GListModel    *zones,
                PzDataFormat   format,
                gboolean       bom,
                GFile         *file,
                gboolean       overwrite,
                GError       **error)
{
  g_autoptr(GString) contents = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (zones), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (format == PZ_DATA_GPKG)
    return write_gpkg (file, zones, overwrite, error);

  contents = g_string_new (NULL);
  if (format == PZ_DATA_CSV)
    build_csv (contents, zones, bom);
  else
    build_geojson (contents, zones);
  return write_text (file, contents, overwrite, error);
}
