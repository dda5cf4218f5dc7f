/* pz-database.c
 *
 * Opens the bundled GeoPackage read-only and loads it into model objects.
 * The file is small (a few MB), so everything is read once at start-up
 * and views only ever see the models.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-database"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "pz-batch.h"
#include "pz-database.h"
#include "pz-park.h"
#include "pz-zone.h"

/* 'GPKG' in the SQLite header, GeoPackage 1.2+ (clause 1.1.1.1.1) */
#define GPKG_APPLICATION_ID 0x47504B47

struct _PzDatabase
{
  GObject     parent_instance;

  char       *path;
  char       *data_date;
  GListStore *zones;
  GListStore *batches;
  GPtrArray  *indicators;
  GListStore *parks;
  PzBasemap  *basemap;
};

G_DEFINE_FINAL_TYPE (PzDatabase, pz_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (pz-database-error-quark, pz_database_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

static void
indicator_free (gpointer data)
{
  PzIndicator *indicator = data;

  g_free (indicator->scope);
  g_free (indicator->scope_id);
  g_free (indicator->indicator);
  g_free (indicator->unit);
  g_free (indicator->qualifier);
  g_free (indicator->source_url);
  g_free (indicator->source2_url);
  g_free (indicator->note);
  g_free (indicator);
}

static void
pz_database_finalize (GObject *object)
{
  PzDatabase *self = (PzDatabase *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->data_date, g_free);
  g_clear_object (&self->zones);
  g_clear_object (&self->batches);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_clear_object (&self->parks);
  g_clear_object (&self->basemap);

  G_OBJECT_CLASS (pz_database_parent_class)->finalize (object);
}

static void
pz_database_class_init (PzDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pz_database_finalize;
}

static void
pz_database_init (PzDatabase *self)
{
  self->zones = g_list_store_new (PZ_TYPE_ZONE);
  self->batches = g_list_store_new (PZ_TYPE_BATCH);
  self->basemap = pz_basemap_new ();
  self->indicators = g_ptr_array_new_with_free_func (indicator_free);
  self->parks = g_list_store_new (PZ_TYPE_PARK);
}

/**
 * pz_database_default_path:
 *
 * The bundled database, or `$PZ_DATABASE` when set (used to run from the
 * build tree and by tests).
 *
 * Returns: (transfer full): a path
 */
char *
pz_database_default_path (void)
{
  const char *env = g_getenv ("PZ_DATABASE");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (PZ_PKGDATADIR, "pilot-zones.gpkg", NULL);
}

static gboolean
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  const char  *path)
{
  int code = sqlite3_errcode (db);

  g_set_error (error, PZ_DATABASE_ERROR,
               code == SQLITE_CANTOPEN ? PZ_DATABASE_ERROR_NOT_FOUND : PZ_DATABASE_ERROR_CORRUPT,
               _("Cannot read the zone database “%s”: %s"), path, sqlite3_errmsg (db));
  return FALSE;
}

static sqlite3_stmt *
prepare (sqlite3     *db,
         const char  *path,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      set_sqlite_error (error, db, path);
      return NULL;
    }
  return stmt;
}

static gboolean
schema_error (GError     **error,
              const char  *path,
              const char  *what)
{
  g_set_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_SCHEMA,
               _("The zone database “%s” is not one this version of Pilot Zones can read: %s"),
               path, what);
  return FALSE;
}

static gboolean
check_schema (PzDatabase  *self,
              sqlite3     *db,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) app_id = NULL;
  g_autoptr(sqlite3_stmt) meta = NULL;
  gint64 version = -1;

  /* The first query is where SQLite notices a file that is not a database. */
  if (!(app_id = prepare (db, self->path, "PRAGMA application_id", error)))
    return FALSE;
  if (sqlite3_step (app_id) != SQLITE_ROW)
    return set_sqlite_error (error, db, self->path);
  if (sqlite3_column_int64 (app_id, 0) != GPKG_APPLICATION_ID)
    return schema_error (error, self->path, _("it is not a GeoPackage"));

  if (!(meta = prepare (db, self->path, "SELECT key, value FROM pz_meta", NULL)))
    return schema_error (error, self->path, _("the pz_meta table is missing"));

  while (sqlite3_step (meta) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (meta, 0);
      const char *value = (const char *) sqlite3_column_text (meta, 1);

      if (g_strcmp0 (key, "schema_version") == 0 && value != NULL)
        version = g_ascii_strtoll (value, NULL, 10);
      else if (g_strcmp0 (key, "data_date") == 0)
        {
          g_free (self->data_date);
          self->data_date = g_strdup (value);
        }
    }

  if (version != PZ_DATABASE_SCHEMA_VERSION)
    {
      /* Translators: found and expected versions of the database schema */
      g_autofree char *what = g_strdup_printf (_("schema version %d, expected %d"),
                                               (int) version, PZ_DATABASE_SCHEMA_VERSION);
      return schema_error (error, self->path, what);
    }

  return TRUE;
}

/* Sets the property named like the column (with '-' for '_') from a
 * result column, so adding a column to the data needs no code here. */
static void
column_to_value (sqlite3_stmt *stmt,
                 int           column,
                 GParamSpec   *pspec,
                 GValue       *value)
{
  g_value_init (value, pspec->value_type);

  if (G_IS_PARAM_SPEC_STRING (pspec))
    /* A replaced database may hold broken UTF-8: keep what can be read. */
    g_value_take_string (value, g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, column), -1));
  else if (G_IS_PARAM_SPEC_UINT (pspec))
    g_value_set_uint (value, (guint) sqlite3_column_int64 (stmt, column));
  else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    g_value_set_double (value, sqlite3_column_double (stmt, column));
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    g_value_set_boolean (value, sqlite3_column_int (stmt, column) != 0);
}

static gboolean
load_objects (PzDatabase  *self,
              sqlite3     *db,
              const char  *sql,
              GListStore  *store,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GType type = g_list_model_get_item_type (G_LIST_MODEL (store));
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  int n_columns;
  int rc;

  if (!(stmt = prepare (db, self->path, sql, error)))
    return FALSE;

  n_columns = sqlite3_column_count (stmt);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *names[32];
      GValue values[32] = { G_VALUE_INIT };
      g_autoptr(GObject) object = NULL;
      guint n = 0;

      for (int c = 0; c < n_columns && n < G_N_ELEMENTS (names); c++)
        {
          g_autofree char *prop = g_strdelimit (g_strdup (sqlite3_column_name (stmt, c)), "_", '-');
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), prop);

          if (pspec == NULL || sqlite3_column_type (stmt, c) == SQLITE_NULL)
            continue;
          names[n] = pspec->name;
          column_to_value (stmt, c, pspec, &values[n]);
          n++;
        }

      object = g_object_new_with_properties (type, n, names, values);
      g_list_store_append (store, object);

      for (guint i = 0; i < n; i++)
        g_value_unset (&values[i]);
    }

  if (rc != SQLITE_DONE)
    return set_sqlite_error (error, db, self->path);

  return TRUE;
}

static gboolean
load_shapes (PzDatabase      *self,
             sqlite3         *db,
             const char      *sql,
             PzBasemapLayer   layer,
             GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!(stmt = prepare (db, self->path, sql, error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GError) local_error = NULL;
      PzGeometry *geometry;

      geometry = pz_geometry_new_from_gpkg (sqlite3_column_blob (stmt, 0),
                                            sqlite3_column_bytes (stmt, 0),
                                            &local_error);
      if (geometry == NULL)
        {
          g_set_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_CORRUPT,
                       _("Cannot read the zone database “%s”: %s"),
                       self->path, local_error->message);
          return FALSE;
        }

      pz_basemap_add (self->basemap, layer, geometry,
                      (const char *) sqlite3_column_text (stmt, 1),
                      (const char *) sqlite3_column_text (stmt, 2),
                      (const char *) sqlite3_column_text (stmt, 3),
                      sqlite3_column_double (stmt, 4),
                      sqlite3_column_double (stmt, 5));
    }

  if (rc != SQLITE_DONE)
    return set_sqlite_error (error, db, self->path);

  return TRUE;
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static gboolean
load_indicators (PzDatabase  *self,
                 sqlite3     *db,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!(stmt = prepare (db, self->path,
                        "SELECT scope, scope_id, indicator, value, unit, year, qualifier,"
                        " source_url, source2_url, note FROM indicators"
                        " ORDER BY scope, scope_id, indicator, year, id",
                        error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PzIndicator *indicator = g_new0 (PzIndicator, 1);

      indicator->scope = column_dup (stmt, 0);
      indicator->scope_id = column_dup (stmt, 1);
      indicator->indicator = column_dup (stmt, 2);
      indicator->value = sqlite3_column_double (stmt, 3);
      indicator->unit = column_dup (stmt, 4);
      indicator->year = (guint) sqlite3_column_int (stmt, 5);
      indicator->qualifier = column_dup (stmt, 6);
      indicator->source_url = column_dup (stmt, 7);
      indicator->source2_url = column_dup (stmt, 8);
      indicator->note = column_dup (stmt, 9);
      g_ptr_array_add (self->indicators, indicator);
    }

  if (rc != SQLITE_DONE)
    return set_sqlite_error (error, db, self->path);
  return TRUE;
}

/* Every column a park has text for, by name: new columns need no code. */
static gboolean
load_parks (PzDatabase  *self,
            sqlite3     *db,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!(stmt = prepare (db, self->path,
                        "SELECT park_id, zone_id, name_zh, name_en, district, kind, precision,"
                        " lat, lon, coord_source, source_url, source2_url, note, year"
                        " FROM parks ORDER BY zone_id, fid", error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_autoptr(PzPark) park = NULL;
      int n = sqlite3_column_count (stmt);

      for (int c = 0; c < n - 1; c++)
        if (sqlite3_column_type (stmt, c) != SQLITE_NULL)
          g_hash_table_insert (texts, g_strdup (sqlite3_column_name (stmt, c)), column_dup (stmt, c));
      park = pz_park_new (texts, (guint) sqlite3_column_int (stmt, n - 1));
      g_list_store_append (self->parks, park);
    }

  if (rc != SQLITE_DONE)
    return set_sqlite_error (error, db, self->path);
  return TRUE;
}

static gboolean
load (PzDatabase  *self,
      sqlite3     *db,
      GError     **error)
{
  static const struct {
    PzBasemapLayer layer;
    const char *sql;
  } shapes[] = {
    { PZ_BASEMAP_LAND_COARSE, "SELECT geom, NULL, NULL, NULL, 0, 0 FROM land WHERE detail = '110m'" },
    { PZ_BASEMAP_LAND_FINE, "SELECT geom, NULL, NULL, NULL, 0, 0 FROM land WHERE detail = '50m'" },
    { PZ_BASEMAP_BORDERS_COARSE, "SELECT geom, NULL, NULL, NULL, 0, 0 FROM borders WHERE detail = '110m'" },
    { PZ_BASEMAP_BORDERS_FINE, "SELECT geom, NULL, NULL, NULL, 0, 0 FROM borders WHERE detail = '50m'" },
    { PZ_BASEMAP_PROVINCES, "SELECT geom, adcode, name_zh, name_en, label_lat, label_lon FROM provinces" },
  };

  if (!check_schema (self, db, error))
    return FALSE;

  /* Column aliases name the model properties they fill. */
  if (!load_objects (self, db,
                     "SELECT zone_id AS id, batch, approved, document, name_zh, name_en,"
                     " name_pinyin, province_zh, province_en, province_code, coord_source,"
                     " ended, successor, source_url, source2_url, note, lat AS latitude,"
                     " lon AS longitude, lat IS NOT NULL AND lon IS NOT NULL AS has_location,"
                     " (SELECT count(*) FROM parks WHERE parks.zone_id = zones.zone_id) AS n_parks"
                     " FROM zones ORDER BY batch, fid",
                     self->zones, error))
    return FALSE;

  if (!load_objects (self, db,
                     "SELECT batch, zone_count, approved, document, title_zh, title_en, source_url"
                     " FROM batches ORDER BY batch",
                     self->batches, error))
    return FALSE;

  if (!load_indicators (self, db, error) || !load_parks (self, db, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    if (!load_shapes (self, db, shapes[i].sql, shapes[i].layer, error))
      return FALSE;

  for (PzBasemapLayer layer = PZ_BASEMAP_FIRST_CONVENTION; layer < PZ_BASEMAP_N_LAYERS; layer++)
    if (!load_shapes (self, db, pz_basemap_layer_query (layer), layer, error))
      return FALSE;
  return TRUE;
}

/**
 * pz_database_open:
 *
 * Opens and loads the database at @path read-only.
 *
 * Returns: (transfer full): the database, or %NULL with @error set to a
 *   message naming @path
 */
PzDatabase *
pz_database_open (const char  *path,
                  GError     **error)
{
  g_autoptr(PzDatabase) self = NULL;
  sqlite3 *db = NULL;
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);

  /* SQLite would report a missing file as a generic "unable to open". */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_NOT_FOUND,
                   _("The zone database “%s” does not exist"), path);
      return NULL;
    }

  self = g_object_new (PZ_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    ok = set_sqlite_error (error, db, path);
  else
    ok = load (self, db, error);

  sqlite3_close (db);

  return ok ? g_steal_pointer (&self) : NULL;
}

const char *
pz_database_get_path (PzDatabase *self)
{
  g_return_val_if_fail (PZ_IS_DATABASE (self), NULL);

  return self->path;
}

/**
 * pz_database_get_zones:
 *
 * Returns: (transfer none): every zone ever approved, by batch
 */
GListModel *
pz_database_get_zones (PzDatabase *self)
{
  g_return_val_if_fail (PZ_IS_DATABASE (self), NULL);

  return G_LIST_MODEL (self->zones);
}

/**
 * pz_database_get_batches:
 *
 * Returns: (transfer none): the batches in order
 */
GListModel *
pz_database_get_batches (PzDatabase *self)
{
  g_return_val_if_fail (PZ_IS_DATABASE (self), NULL);

  return G_LIST_MODEL (self->batches);
}

/**
 * pz_database_get_basemap:
 *
 * Returns: (transfer none): the base-map geometry
 */
PzBasemap *
pz_database_get_basemap (PzDatabase *self)
{
  g_return_val_if_fail (PZ_IS_DATABASE (self), NULL);

  return self->basemap;
}

/**
 * pz_database_get_data_date:
 *
 * Returns: (nullable): the date of the newest fact in the data
 */
const char *
pz_database_get_data_date (PzDatabase *self)
{
  g_return_val_if_fail (PZ_IS_DATABASE (self), NULL);

  return self->data_date;
}

/**
 * pz_database_get_indicators:
 *
 * Returns: (transfer none) (element-type PzIndicator): every sourced figure
 */
GPtrArray *
pz_database_get_indicators (PzDatabase *self)
{
  g_return_val_if_fail (PZ_IS_DATABASE (self), NULL);

  return self->indicators;
}

/**
 * pz_database_find_indicators:
 *
 * Returns: (transfer container) (element-type PzIndicator): the figures of
 *   one indicator for one scope, by year; where sources disagree a year
 *   has several
 */
GPtrArray *
pz_database_find_indicators (PzDatabase *self,
                             const char *scope_id,
                             const char *indicator)
{
  GPtrArray *found = g_ptr_array_new ();

  g_return_val_if_fail (PZ_IS_DATABASE (self), found);

  for (guint i = 0; i < self->indicators->len; i++)
    {
      PzIndicator *row = g_ptr_array_index (self->indicators, i);

      if (g_strcmp0 (row->scope_id, scope_id) == 0 && g_strcmp0 (row->indicator, indicator) == 0)
        g_ptr_array_add (found, row);
    }
  return found;
}

/**
 * pz_database_get_parks:
 *
 * Returns: (transfer none): the industrial parks, by zone
 */
GListModel *
pz_database_get_parks (PzDatabase *self)
{
  g_return_val_if_fail (PZ_IS_DATABASE (self), NULL);

  return G_LIST_MODEL (self->parks);
}

/**
 * pz_indicator_get_label:
 * @indicator: an indicator id, e.g. "trade_value"
 *
 * Returns: the indicator's name for people, or @indicator itself when
 *   the data has one this build does not know
 */
const char *
pz_indicator_get_label (const char *indicator)
{
  static const struct {
    const char *id;
    const char *label;
  } labels[] = {
    { "linked_enterprises", N_("Enterprises linked to the zone") },
    { "cbec_enterprises", N_("Cross-border e-commerce enterprises") },
    { "platform_enterprises", N_("Enterprises on the online platform") },
    { "hightech_enterprises", N_("High-tech enterprises") },
    { "trade_value", N_("Cross-border e-commerce trade") },
    { "trade_value_growth", N_("Growth of cross-border e-commerce trade") },
    { "retail_trade_value", N_("Cross-border e-commerce retail trade") },
    { "export_value", N_("Cross-border e-commerce exports") },
    { "import_value", N_("Cross-border e-commerce imports") },
    { "parks", N_("Cross-border e-commerce industrial parks") },
    { "jobs", N_("Jobs") },
    { "overseas_warehouses", N_("Overseas warehouses") },
    { "customs_sites", N_("Customs sites for cross-border e-commerce") },
    { "zone_count", N_("Pilot zones") },
    { "zone_trade_share", N_("Zones’ share of cross-border e-commerce trade") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].id, indicator) == 0)
      return _(labels[i].label);
  return indicator;
}

/* The data's units and qualifiers are English words; only their names
 * are translated, the value itself is never converted. Returns NULL for
 * a word this table does not know. */
static const char *
data_word (const char *context,
           const char *word)
{
  static const struct {
    const char *context;
    const char *word;
  } words[] = {
    { "unit", NC_("unit", "enterprises") },
    { "unit", NC_("unit", "parks") },
    { "unit", NC_("unit", "jobs") },
    { "unit", NC_("unit", "warehouses") },
    { "unit", NC_("unit", "zones") },
    { "unit", NC_("unit", "sites") },
    { "unit", NC_("unit", "percent") },
    { "unit", NC_("unit", "billion CNY") },
    { "unit", NC_("unit", "trillion CNY") },
    { "unit", NC_("unit", "billion USD") },
    { "qualifier", NC_("qualifier", "about") },
    { "qualifier", NC_("qualifier", "more than") },
    { "qualifier", NC_("qualifier", "at least") },
    { "remark", NC_("remark", "end of year") },
    { "remark", NC_("remark", "January-November only") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (words[i].context, context) && g_strcmp0 (words[i].word, word) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, context, word);
  return NULL;
}

/**
 * pz_indicator_format_value:
 *
 * Returns: (transfer full): the figure as published: a short qualifier
 *   before the value, its unit, and the year with any remarks, e.g.
 *   "about 200000 enterprises (2022)" or
 *   "124.805 billion CNY (2023; January-November only)"
 */
char *
pz_indicator_format_value (const PzIndicator *row)
{
  g_auto(GStrv) parts = g_strsplit (row->qualifier != NULL ? row->qualifier : "", "; ", -1);
  g_autoptr(GString) remarks = g_string_new (NULL);
  g_autofree char *number = g_strdup_printf ("%.15g", row->value);
  g_autofree char *amount = NULL;
  const char *unit = data_word ("unit", row->unit);
  const char *qualifier = NULL;

  if (unit == NULL)
    unit = row->unit != NULL ? row->unit : "";
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *remark = data_word ("remark", parts[i]);

      if (parts[i][0] == '\0')
        continue;
      if (qualifier == NULL && (qualifier = data_word ("qualifier", parts[i])) != NULL)
        continue;
      g_string_append_printf (remarks, "%s%s", remarks->len > 0 ? "; " : "", remark != NULL ? remark : parts[i]);
    }

  amount = qualifier != NULL
           /* Translators: qualifier, value and unit, e.g. "about 200000 enterprises" */
           ? g_strdup_printf (_("%s %s %s"), qualifier, number, unit)
           /* Translators: value and unit, e.g. "200000 enterprises" */
           : g_strdup_printf (_("%s %s"), number, unit);
  if (remarks->len > 0)
    /* Translators: an amount, its year and remarks, e.g.
     * "124.805 billion CNY (2023; January-November only)" */
    return g_strdup_printf (_("%s (%u; %s)"), amount, row->year, remarks->str);
  /* Translators: an amount and its year, e.g. "200000 enterprises (2022)" */
  return g_strdup_printf (_("%s (%u)"), amount, row->year);
}
