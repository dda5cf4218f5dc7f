/* pz-gpkg-writer.c
 *
 * Zones written as a GeoPackage 1.3 file of one point feature table, so
 * that QGIS and ogrinfo open an export as they open the bundled data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-gpkg-writer"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "pz-gpkg-writer.h"

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

/* After the rows: the extent in gpkg_contents, and the spatial index of
 * the RTree extension (GeoPackage 1.3, annex F.3) with the triggers that
 * keep it current when the file is edited in QGIS or GDAL (they provide
 * the ST_ functions). */
static const char gpkg_index[] =
  "UPDATE gpkg_contents SET min_x = (SELECT min(lon) FROM zones WHERE geom IS NOT NULL),"
  " max_x = (SELECT max(lon) FROM zones WHERE geom IS NOT NULL),"
  " min_y = (SELECT min(lat) FROM zones WHERE geom IS NOT NULL),"
  " max_y = (SELECT max(lat) FROM zones WHERE geom IS NOT NULL) WHERE table_name = 'zones';"
  "CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,"
  " definition TEXT NOT NULL, scope TEXT NOT NULL,"
  " CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));"
  "INSERT INTO gpkg_extensions VALUES ('zones', 'geom', 'gpkg_rtree_index',"
  " 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');"
  "CREATE VIRTUAL TABLE rtree_zones_geom USING rtree(id, minx, maxx, miny, maxy);"
  "INSERT INTO rtree_zones_geom SELECT fid, lon, lon, lat, lat FROM zones WHERE geom IS NOT NULL;"
  "CREATE TRIGGER rtree_zones_geom_insert AFTER INSERT ON zones"
  " WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN"
  " INSERT OR REPLACE INTO rtree_zones_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom),"
  " ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;"
  "CREATE TRIGGER rtree_zones_geom_update1 AFTER UPDATE OF geom ON zones"
  " WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN"
  " INSERT OR REPLACE INTO rtree_zones_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom),"
  " ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;"
  "CREATE TRIGGER rtree_zones_geom_update2 AFTER UPDATE OF geom ON zones"
  " WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN"
  " DELETE FROM rtree_zones_geom WHERE id = OLD.fid; END;"
  "CREATE TRIGGER rtree_zones_geom_update3 AFTER UPDATE ON zones"
  " WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN"
  " DELETE FROM rtree_zones_geom WHERE id = OLD.fid;"
  " INSERT OR REPLACE INTO rtree_zones_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom),"
  " ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;"
  "CREATE TRIGGER rtree_zones_geom_update4 AFTER UPDATE ON zones"
  " WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom)) BEGIN"
  " DELETE FROM rtree_zones_geom WHERE id IN (OLD.fid, NEW.fid); END;"
  "CREATE TRIGGER rtree_zones_geom_delete AFTER DELETE ON zones WHEN old.geom NOT NULL BEGIN"
  " DELETE FROM rtree_zones_geom WHERE id = OLD.fid; END;";

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
           GListModel *zones,
           GHashTable *park_counts)
{
  g_autoptr(GString) create = g_string_new ("CREATE TABLE zones (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                                            " geom POINT, batch INTEGER, lat REAL, lon REAL, parks INTEGER");
  g_autoptr(GString) insert = g_string_new ("INSERT INTO zones (geom, batch, lat, lon, parks");
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;

  for (guint c = 0; c < PZ_ZONE_N_TEXTS; c++)
    {
      g_autofree char *name = pz_zone_dup_column_name (c);

      g_string_append_printf (create, ", %s TEXT", name);
      g_string_append_printf (insert, ", %s", name);
    }
  g_string_append (create, ")");
  g_string_append (insert, ") VALUES (?, ?, ?, ?, ?");
  for (guint c = 0; c < PZ_ZONE_N_TEXTS; c++)
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
      for (guint c = 0; c < PZ_ZONE_N_TEXTS; c++)
        sqlite3_bind_text (stmt, 6 + c, pz_zone_get_text (zone, (PzZoneText) c), -1, SQLITE_STATIC);
      if (park_counts != NULL)
        sqlite3_bind_int (stmt, 5, GPOINTER_TO_INT (g_hash_table_lookup (park_counts, pz_zone_get_id (zone))));
      ok = sqlite3_step (stmt) == SQLITE_DONE;
    }

  sqlite3_finalize (stmt);
  return ok && sqlite3_exec (db, gpkg_index, NULL, NULL, NULL) == SQLITE_OK &&
         sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
}

/**
 * pz_gpkg_build_zones:
 * @park_counts: (nullable): zone id → number of parks, or %NULL to leave
 *   the column empty
 *
 * Builds the GeoPackage in memory, so that the caller can write it to
 * disk in one piece (no journal, no half-written file).
 *
 * Returns: (transfer full): the bytes of the GeoPackage file, or %NULL
 *   with @error giving SQLite's reason
 */
GBytes *
pz_gpkg_build_zones (GListModel  *zones,
                     GHashTable  *park_counts,
                     GError     **error)
{
  sqlite3 *db = NULL;
  GBytes *bytes = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (zones), NULL);

  if (sqlite3_open (":memory:", &db) == SQLITE_OK && fill_gpkg (db, zones, park_counts))
    {
      sqlite3_int64 size = 0;
      unsigned char *data = sqlite3_serialize (db, "main", &size, 0);

      if (data != NULL)
        {
          bytes = g_bytes_new (data, (gsize) size);
          sqlite3_free (data);
        }
    }
  if (bytes == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                         db != NULL ? sqlite3_errmsg (db) : "out of memory");
  sqlite3_close (db);
  return bytes;
}
