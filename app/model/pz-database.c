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
#include "pz-database-private.h"
#include "pz-park.h"
#include "pz-province-private.h"
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
  GListStore *indicators;
  GListStore *parks;
  GListStore *provinces;
  GHashTable *sources;  /* url → { kind, publisher, host } */
  PzBasemap  *basemap;
};

G_DEFINE_FINAL_TYPE (PzDatabase, pz_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (pz-database-error-quark, pz_database_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

static void
pz_database_finalize (GObject *object)
{
  PzDatabase *self = (PzDatabase *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->data_date, g_free);
  g_clear_object (&self->zones);
  g_clear_object (&self->batches);
  g_clear_object (&self->indicators);
  g_clear_object (&self->parks);
  g_clear_object (&self->provinces);
  g_clear_pointer (&self->sources, g_hash_table_unref);
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
  self->indicators = g_list_store_new (PZ_TYPE_INDICATOR);
  self->parks = g_list_store_new (PZ_TYPE_PARK);
  self->provinces = g_list_store_new (PZ_TYPE_PROVINCE);
  self->sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
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

static sqlite3_stmt *
prepare (sqlite3     *db,
         const char  *path,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _pz_database_set_sqlite_error (error, db, path);
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
    return _pz_database_set_sqlite_error (error, db, self->path);
  if (sqlite3_column_int64 (app_id, 0) != GPKG_APPLICATION_ID)
    return schema_error (error, self->path, _("it is not a GeoPackage"));
  if (!_pz_database_check_tables (db, self->path, error))
    return FALSE;

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

  return _pz_database_validate (db, self->path, error);
}

/* Converts a result column to the type of the property it fills. */
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
  else
    g_assert_not_reached ();
}

/* The one loader of model objects: each result column fills the
 * property named like it (with '-' for '_'); a NULL leaves the
 * property's default. Every column must have its property, so a column
 * added to a query without one fails here instead of going missing. */
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
  g_autofree GParamSpec **pspecs = NULL;
  g_autofree const char **names = NULL;
  g_autofree GValue *values = NULL;
  int n_columns;
  int rc;

  if (!(stmt = prepare (db, self->path, sql, error)))
    return FALSE;

  n_columns = sqlite3_column_count (stmt);
  pspecs = g_new0 (GParamSpec *, n_columns);
  names = g_new0 (const char *, n_columns);
  values = g_new0 (GValue, n_columns);

  for (int c = 0; c < n_columns; c++)
    {
      /* SQLite may name a column as its table declares it, in any case. */
      g_autofree char *prop = g_strdelimit (g_ascii_strdown (sqlite3_column_name (stmt, c), -1), "_", '-');

      pspecs[c] = g_object_class_find_property (G_OBJECT_CLASS (klass), prop);
      if (pspecs[c] == NULL)
        {
          g_critical ("%s has no property for the column %s", g_type_name (type), prop);
          return schema_error (error, self->path, sqlite3_column_name (stmt, c));
        }
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GObject) object = NULL;
      guint n = 0;

      for (int c = 0; c < n_columns; c++)
        {
          if (sqlite3_column_type (stmt, c) == SQLITE_NULL)
            continue;
          names[n] = pspecs[c]->name;
          column_to_value (stmt, c, pspecs[c], &values[n]);
          n++;
        }

      object = g_object_new_with_properties (type, n, names, values);
      g_list_store_append (store, object);

      for (guint i = 0; i < n; i++)
        g_value_unset (&values[i]);
    }

  if (rc != SQLITE_DONE)
    return _pz_database_set_sqlite_error (error, db, self->path);

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
    return _pz_database_set_sqlite_error (error, db, self->path);

  return TRUE;
}

/* Hands each province its figures; both come sorted, so each
 * province's figures stay in the order of indicator and year. */
static void
add_province_figures (PzDatabase *self)
{
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_provinces = g_list_model_get_n_items (G_LIST_MODEL (self->provinces));
  guint n_figures = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));

  for (guint i = 0; i < n_provinces; i++)
    {
      PzProvince *province = g_list_model_get_item (G_LIST_MODEL (self->provinces), i);

      g_hash_table_insert (by_code, (gpointer) pz_province_get_code (province), province);
      g_object_unref (province);
    }

  for (guint i = 0; i < n_figures; i++)
    {
      g_autoptr(PzIndicator) figure = g_list_model_get_item (G_LIST_MODEL (self->indicators), i);
      PzProvince *province;

      if (g_strcmp0 (pz_indicator_get_scope (figure), "province") != 0)
        continue;
      province = g_hash_table_lookup (by_code, pz_indicator_get_scope_id (figure));
      if (province != NULL)
        _pz_province_add_figure (province, figure);
    }
}

/* Each source's kind, publisher and host (data/source_hosts.csv). A
 * database built before sources were classed has none; its links keep
 * their plain labels. */
static void
load_sources (PzDatabase *self,
              sqlite3    *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT url, kind, publisher, host FROM sources", -1, &stmt, NULL) != SQLITE_OK)
    return;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      char **info = g_new0 (char *, 4);

      for (guint c = 0; c < 3; c++)
        info[c] = g_strdup ((const char *) sqlite3_column_text (stmt, (int) c + 1));
      if (sqlite3_column_text (stmt, 0) != NULL && info[0] != NULL && info[1] != NULL && info[2] != NULL)
        g_hash_table_insert (self->sources, g_strdup ((const char *) sqlite3_column_text (stmt, 0)), info);
      else
        g_strfreev (info);
    }
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

  if (!load_objects (self, db,
                     "SELECT park_id, zone_id, name_zh, name_en, district, year, kind, precision,"
                     " lat AS latitude, lon AS longitude, lat IS NOT NULL AND lon IS NOT NULL AS has_location,"
                     " coord_source, source_url, source2_url, note"
                     " FROM parks ORDER BY zone_id, fid",
                     self->parks, error) ||
      !_pz_database_check_models (G_LIST_MODEL (self->zones), G_LIST_MODEL (self->parks), self->path, error))
    return FALSE;

  /* Sorted so that the figures of one scope and indicator are a run, by year. */
  if (!load_objects (self, db,
                     "SELECT scope, scope_id, indicator, value, unit, year, qualifier,"
                     " source_url, source2_url, note FROM indicators"
                     " ORDER BY scope, scope_id, indicator, year, id",
                     self->indicators, error))
    return FALSE;

  /* The Paracels have a shape but no division code: not a province. */
  if (!load_objects (self, db,
                     "SELECT adcode AS code, name_zh, name_en,"
                     " (SELECT count(*) FROM zones WHERE province_code = adcode) AS n_zones,"
                     " (SELECT count(*) FROM parks JOIN zones USING (zone_id) WHERE province_code = adcode)"
                     " AS n_parks"
                     " FROM provinces WHERE adcode IS NOT NULL GROUP BY adcode ORDER BY adcode",
                     self->provinces, error))
    return FALSE;
  add_province_figures (self);
  load_sources (self, db);

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    if (!load_shapes (self, db, shapes[i].sql, shapes[i].layer, error))
      return FALSE;

  for (PzBasemapLayer layer = PZ_BASEMAP_FIRST_CONVENTION; layer < PZ_BASEMAP_N_LAYERS; layer++)
    if (!load_shapes (self, db, pz_basemap_layer_query (layer), layer, error))
      return FALSE;
  return TRUE;
}

static guint step_budget = PZ_DATABASE_STEP_BUDGET;

void
_pz_database_set_step_budget (guint budget)
{
  step_budget = budget;
}

typedef struct
{
  guint  steps;
  gint64 deadline;
} Work;

/* Stops a query (with SQLITE_INTERRUPT) once the whole load has run
 * over its budget of virtual-machine steps or of time. */
static int
count_steps (gpointer data)
{
  Work *work = data;

  return ++work->steps > step_budget || g_get_monotonic_time () > work->deadline;
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
    ok = _pz_database_set_sqlite_error (error, db, path);
  else
    {
      Work work = { 0, g_get_monotonic_time () + PZ_DATABASE_TIME_BUDGET * G_USEC_PER_SEC };

      sqlite3_progress_handler (db, 1000, count_steps, &work);
      ok = load (self, db, error);
      g_debug ("read %s in %u thousand steps", path, work.steps);
    }

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
 * Returns: (transfer none): every sourced #PzIndicator figure, by scope,
 *   scope id, indicator and year
 */
GListModel *
pz_database_get_indicators (PzDatabase *self)
{
  g_return_val_if_fail (PZ_IS_DATABASE (self), NULL);

  return G_LIST_MODEL (self->indicators);
}

/**
 * pz_database_find_indicators:
 *
 * Returns: (transfer full): the #PzIndicator figures of one indicator
 *   for one scope, by year; where sources disagree a year has several
 */
GListModel *
pz_database_find_indicators (PzDatabase *self,
                             const char *scope_id,
                             const char *indicator)
{
  GListStore *found = g_list_store_new (PZ_TYPE_INDICATOR);
  guint n;

  g_return_val_if_fail (PZ_IS_DATABASE (self), G_LIST_MODEL (found));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->indicators));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzIndicator) row = g_list_model_get_item (G_LIST_MODEL (self->indicators), i);

      if (g_strcmp0 (pz_indicator_get_scope_id (row), scope_id) == 0 &&
          g_strcmp0 (pz_indicator_get_indicator (row), indicator) == 0)
        g_list_store_append (found, row);
    }
  return G_LIST_MODEL (found);
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
 * pz_database_get_provinces:
 *
 * Returns: (transfer none): the province-level divisions, by code
 */
GListModel *
pz_database_get_provinces (PzDatabase *self)
{
  g_return_val_if_fail (PZ_IS_DATABASE (self), NULL);

  return G_LIST_MODEL (self->provinces);
}

/**
 * pz_database_describe_source:
 * @url: a source URL from the data
 *
 * Says what kind of source a link is, so a planner knows what he cites:
 * "Official: State Council (www.gov.cn)", "Reported by Xinhua", or
 * "Copy at example.com" for a relay.
 *
 * Returns: (transfer full) (nullable): the label, or %NULL for a URL the
 *   data does not class
 */
char *
pz_database_describe_source (PzDatabase *self,
                             const char *url)
{
  char **info;

  g_return_val_if_fail (PZ_IS_DATABASE (self), NULL);

  if (url == NULL || !(info = g_hash_table_lookup (self->sources, url)))
    return NULL;
  if (g_str_equal (info[0], "official"))
    /* Translators: a link to a government page, e.g. "Official: State Council (www.gov.cn)" */
    return g_strdup_printf (_("Official: %s (%s)"), info[1], info[2]);
  if (g_str_equal (info[0], "state_media"))
    /* Translators: a link to a state-media report, e.g. "Reported by Xinhua" */
    return g_strdup_printf (_("Reported by %s"), info[1]);
  /* Translators: a link to a copy of a text on another site */
  return g_strdup_printf (_("Copy at %s"), info[2]);
}
