/* pz-database-check.c
 *
 * Checks a zone database's structure and values before anything is
 * loaded from it, so that a file that breaks the schema's rules (a park
 * without a zone, a negative batch, a view instead of a table) is refused
 * with a message naming the table, row and column, instead of crashing
 * or hanging whatever later trusts it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-database"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-database-private.h"
#include "pz-park.h"
#include "pz-zone.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* The tables the loader reads: each must be a real table, since a view
 * (perhaps a recursive one) can make a query as slow as it likes. */
static const char *tables[] = {
  "pz_meta", "zones", "batches", "parks", "indicators", "provinces", "land", "borders", "sources",
};

/* length() counts up to a NUL, as the C strings the models hold do. */
#define NOT_NULL(column) column, column " IS NULL OR length(" column ") = 0", N_("must not be empty")
#define LATITUDE(column) column, column " IS NOT NULL AND (typeof(" column ") NOT IN ('real', 'integer')" \
                         " OR " column " NOT BETWEEN -90 AND 90)", N_("must be a latitude from −90 to 90")
#define LONGITUDE(column) column, column " IS NOT NULL AND (typeof(" column ") NOT IN ('real', 'integer')" \
                          " OR " column " NOT BETWEEN -180 AND 180)", N_("must be a longitude from −180 to 180")
#define YEAR(column) column, column " IS NOT NULL AND (typeof(" column ") <> 'integer'" \
                     " OR " column " NOT BETWEEN 1 AND 9999)", N_("must be a year")
#define KEY(column) column, column " IS NULL OR typeof(" column ") <> 'text' OR length(" column ") = 0" \
                    " OR instr(CAST(" column " AS BLOB), x'00') > 0", \
                           N_("must be a text that is not empty")
#define UNIQUE(table, column) column, column " IN (SELECT " column " FROM " table " GROUP BY " column \
                              " HAVING count(*) > 1)", N_("must be unique")

/* Each rule: a table, the column it checks, the condition a bad row
 * meets and what the value should be; a table's rules come before those
 * of the tables that refer to it. */
static const struct {
  const char *table;
  const char *column;
  const char *bad;
  const char *rule;
} rules[] = {
  { "batches", "batch", "typeof(batch) <> 'integer' OR batch NOT BETWEEN 1 AND 99",
    N_("must be a batch number from 1 to 99") },
  { "batches", UNIQUE ("batches", "batch") },
  { "batches", "zone_count", "typeof(zone_count) <> 'integer' OR zone_count NOT BETWEEN 0 AND 100000",
    N_("must be a count of zones") },
  { "batches", NOT_NULL ("approved") },
  { "batches", NOT_NULL ("document") },
  { "batches", NOT_NULL ("title_zh") },
  { "batches", NOT_NULL ("title_en") },
  { "zones", KEY ("zone_id") },
  { "zones", UNIQUE ("zones", "zone_id") },
  { "zones", "batch", "typeof(batch) <> 'integer' OR batch NOT BETWEEN 1 AND 99",
    N_("must be a batch number from 1 to 99") },
  { "zones", "batch", "NOT EXISTS (SELECT 1 FROM batches b WHERE b.batch = zones.batch)",
    N_("must be a batch of the batches table") },
  { "zones", NOT_NULL ("approved") },
  { "zones", NOT_NULL ("document") },
  { "zones", NOT_NULL ("name_zh") },
  { "zones", NOT_NULL ("name_en") },
  { "zones", NOT_NULL ("province_zh") },
  { "zones", NOT_NULL ("province_en") },
  { "zones", KEY ("province_code") },
  { "zones", NOT_NULL ("source_url") },
  { "zones", LATITUDE ("lat") },
  { "zones", LONGITUDE ("lon") },
  { "parks", KEY ("park_id") },
  { "parks", UNIQUE ("parks", "park_id") },
  { "parks", KEY ("zone_id") },
  { "parks", "zone_id", "NOT EXISTS (SELECT 1 FROM zones z WHERE z.zone_id = parks.zone_id)",
    N_("must be a zone of the zones table") },
  { "parks", NOT_NULL ("name_en") },
  { "parks", NOT_NULL ("kind") },
  { "parks", NOT_NULL ("precision") },
  { "parks", NOT_NULL ("source_url") },
  { "parks", YEAR ("year") },
  { "parks", LATITUDE ("lat") },
  { "parks", LONGITUDE ("lon") },
  { "indicators", NOT_NULL ("scope") },
  { "indicators", NOT_NULL ("scope_id") },
  { "indicators", NOT_NULL ("indicator") },
  { "indicators", NOT_NULL ("unit") },
  { "indicators", "value", "typeof(value) NOT IN ('real', 'integer') OR abs(value) > 1e300",
    N_("must be a number") },
  { "indicators", "year", "typeof(year) <> 'integer' OR year NOT BETWEEN 1 AND 9999", N_("must be a year") },
  { "provinces", "adcode", "adcode IS NOT NULL AND (typeof(adcode) <> 'text' OR length(adcode) = 0)",
    N_("must be a text that is not empty") },
  { "provinces", "name_zh", "adcode IS NOT NULL AND (name_zh IS NULL OR length(name_zh) = 0)",
    N_("must not be empty") },
  { "provinces", "name_en", "adcode IS NOT NULL AND (name_en IS NULL OR length(name_en) = 0)",
    N_("must not be empty") },
  { "provinces", LATITUDE ("label_lat") },
  { "provinces", LONGITUDE ("label_lon") },
};

/* A failed SQLite call as an error naming @path; the progress handler's
 * interruption is said as what it is. */
gboolean
_pz_database_set_sqlite_error (GError     **error,
                               sqlite3     *db,
                               const char  *path)
{
  int code = sqlite3_errcode (db);

  if (code == SQLITE_INTERRUPT)
    g_set_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_CORRUPT,
                 _("Cannot read the zone database “%s”: reading it takes too much work"), path);
  else
    g_set_error (error, PZ_DATABASE_ERROR,
                 code == SQLITE_CANTOPEN ? PZ_DATABASE_ERROR_NOT_FOUND : PZ_DATABASE_ERROR_CORRUPT,
                 _("Cannot read the zone database “%s”: %s"), path, sqlite3_errmsg (db));
  return FALSE;
}

/**
 * _pz_database_check_tables:
 *
 * Returns: %FALSE with @error naming @path when a table the loader reads
 *   is a view
 */
gboolean
_pz_database_check_tables (sqlite3     *db,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT type FROM sqlite_master WHERE name = ?1 COLLATE NOCASE"
                          " AND type IN ('table', 'view')", -1, &stmt, NULL) != SQLITE_OK)
    return _pz_database_set_sqlite_error (error, db, path);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, tables[i], -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW &&
          g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "table") != 0)
        {
          g_set_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_SCHEMA,
                       _("The zone database “%s” is not valid: “%s” is a view, not a table"),
                       path, tables[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/* The offending value as SQL would write it, short enough for a message. */
static char *
shown_value (sqlite3_stmt *stmt)
{
  g_autofree char *text = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 1), -1);

  if (g_utf8_strlen (text, -1) > 40)
    {
      g_autofree char *head = g_utf8_substring (text, 0, 40);

      return g_strconcat (head, "…", NULL);
    }
  return g_steal_pointer (&text);
}

/**
 * _pz_database_validate:
 *
 * Checks that every row of the tables the loader reads keeps the schema's rules (types, required values, ranges, keys
 * that resolve).
 *
 * Returns: %FALSE with @error naming @path, the table, the row (its
 *   rowid) and the column of the first violation
 */
gboolean
_pz_database_validate (sqlite3     *db,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) check = NULL;

  /* The rules below may read an index instead of its table: both must
   * hold the same rows. */
  if (sqlite3_prepare_v2 (db, "PRAGMA integrity_check(1)", -1, &check, NULL) != SQLITE_OK ||
      sqlite3_step (check) != SQLITE_ROW)
    return _pz_database_set_sqlite_error (error, db, path);
  if (g_strcmp0 ((const char *) sqlite3_column_text (check, 0), "ok") != 0)
    {
      g_autofree char *problem = g_utf8_make_valid ((const char *) sqlite3_column_text (check, 0), -1);

      g_set_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_CORRUPT,
                   _("The zone database “%s” is damaged: %s"), path, problem);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      g_autofree char *sql = g_strdup_printf ("SELECT rowid, quote(%s) FROM %s WHERE %s LIMIT 1",
                                              rules[i].column, rules[i].table, rules[i].bad);
      int rc;

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        return _pz_database_set_sqlite_error (error, db, path);

      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          g_autofree char *value = shown_value (stmt);

          /* Translators: file, table, row number, column, what the value
           * must be (e.g. "must not be empty"), the value found */
          g_set_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_SCHEMA,
                       _("The zone database “%s” is not valid: table “%s”, row %lld, column “%s” %s (found %s)"),
                       path, rules[i].table, (long long) sqlite3_column_int64 (stmt, 0), rules[i].column,
                       _(rules[i].rule), value);
          return FALSE;
        }
      if (rc != SQLITE_DONE)
        return _pz_database_set_sqlite_error (error, db, path);
    }
  return TRUE;
}

/**
 * _pz_database_check_models:
 *
 * The rules that hold in SQL checked again on the strings the models
 * hold, which differ where a value has a NUL byte or invalid UTF-8: zone
 * ids unique, every zone with a province code, every park's zone known.
 *
 * Returns: %FALSE with @error naming @path, the table and the value
 */
gboolean
_pz_database_check_models (GListModel  *zones,
                           GListModel  *parks,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      const char *id = pz_zone_get_id (zone);

      if (id == NULL || pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE) == NULL ||
          !g_hash_table_add (ids, g_strdup (id)))
        {
          /* Translators: the file, the zone id as read */
          g_set_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_SCHEMA,
                       _("The zone database “%s” is not valid: table “zones”, zone “%s” has no id or province code of its own"),
                       path, id != NULL ? id : "");
          return FALSE;
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (parks); i++)
    {
      g_autoptr(PzPark) park = g_list_model_get_item (parks, i);
      const char *zone_id = pz_park_get_zone_id (park);

      if (zone_id == NULL || !g_hash_table_contains (ids, zone_id))
        {
          /* Translators: the file, the zone id of a park as read */
          g_set_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_SCHEMA,
                       _("The zone database “%s” is not valid: table “parks”, column “zone_id” names no zone (“%s”)"),
                       path, zone_id != NULL ? zone_id : "");
          return FALSE;
        }
    }
  return TRUE;
}
