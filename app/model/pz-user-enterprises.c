/* pz-user-enterprises.c
 *
 * The imported enterprises themselves, read from the user database for
 * the map and the company list: the points of all of them as one compact
 * array, and a list model of one import's companies that keeps only the
 * ids of the rows its search lets through and reads a row when a view
 * asks for it, so that 100,000 companies cost 100,000 integers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-user-enterprises"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "pz-user-database-private.h"
#include "pz-user-enterprises.h"
#include "pz-zone.h"

/* Zone id → PzZone (unowned: @zones outlives the table). */
static GHashTable *
index_zones (GListModel *zones)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; zones != NULL && i < g_list_model_get_n_items (zones); i++)
    {
      PzZone *zone = g_list_model_get_item (zones, i);

      g_hash_table_insert (table, (gpointer) pz_zone_get_id (zone), zone);
    }
  return table;
}

/* Points */

struct _PzEnterprisePoints
{
  gatomicrefcount  ref_count;
  GArray          *points;   /* of PzEnterprisePoint, in import order */
  guint            n_exact;
  guint            n_unplaced;
};

PzEnterprisePoints *
pz_enterprise_points_ref (PzEnterprisePoints *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pz_enterprise_points_unref (PzEnterprisePoints *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_array_unref (self->points);
  g_free (self);
}

/**
 * pz_enterprise_points_load:
 * @zones: every zone (#PzZone), for the position of an enterprise
 *   without coordinates
 *
 * Reads the enterprises of the imports not removed. One without
 * coordinates is placed at its zone; one whose zone has no position
 * either is counted as unplaced.
 *
 * Returns: (transfer full) (nullable): the points, or %NULL with @error set
 */
PzEnterprisePoints *
pz_enterprise_points_load (PzUserDatabase  *database,
                           GListModel      *zones,
                           GError         **error)
{
  sqlite3 *db = _pz_user_database_get_handle (database);
  g_autoptr(GHashTable) by_id = index_zones (zones);
  g_autoptr(PzEnterprisePoints) self = g_new0 (PzEnterprisePoints, 1);
  g_autofree char *last_zone_id = NULL;
  PzZone *last_zone = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (database), NULL);

  g_atomic_ref_count_init (&self->ref_count);
  self->points = g_array_sized_new (FALSE, FALSE, sizeof (PzEnterprisePoint),
                                    pz_user_database_count_enterprises (database));
  if (sqlite3_prepare_v2 (db, "SELECT e.zone_id, e.lat, e.lon, e.id FROM enterprises e"
                          " JOIN imports i ON i.id = e.import_id WHERE i.removed = 0 ORDER BY e.id",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      _pz_user_database_fail (database, error, PZ_USER_DATABASE_ERROR_OPEN, _("read the imported enterprises"));
      return NULL;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PzEnterprisePoint point = { .id = sqlite3_column_int64 (stmt, 3) };

      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL && sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        {
          point.latitude = sqlite3_column_double (stmt, 1);
          point.longitude = sqlite3_column_double (stmt, 2);
          point.flags = PZ_ENTERPRISE_EXACT;
          self->n_exact++;
        }
      else
        {
          const char *zone_id = (const char *) sqlite3_column_text (stmt, 0);

          /* Rows come in import order: runs of one zone are common. */
          if (g_strcmp0 (zone_id, last_zone_id) != 0)
            {
              g_free (last_zone_id);
              last_zone_id = g_strdup (zone_id);
              last_zone = zone_id != NULL ? g_hash_table_lookup (by_id, zone_id) : NULL;
            }
          if (last_zone == NULL || !pz_zone_has_location (last_zone))
            {
              self->n_unplaced++;
              continue;
            }
          point.latitude = pz_zone_get_latitude (last_zone);
          point.longitude = pz_zone_get_longitude (last_zone);
          point.flags = PZ_ENTERPRISE_AT_ZONE;
        }
      g_array_append_val (self->points, point);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _pz_user_database_fail (database, error, PZ_USER_DATABASE_ERROR_OPEN, _("read the imported enterprises"));
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * pz_user_database_describe_enterprise:
 * @zones: every zone (#PzZone), to name the enterprise's zone
 * @id: a #PzEnterprisePoint's id
 *
 * Returns: (transfer full) (nullable): its name and the zone it was
 *   matched to, a line each, for a tooltip; %NULL if it is gone
 */
char *
pz_user_database_describe_enterprise (PzUserDatabase *database,
                                      GListModel     *zones,
                                      gint64          id)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (database), NULL);

  if (sqlite3_prepare_v2 (_pz_user_database_get_handle (database),
                          "SELECT name, zone_id FROM enterprises WHERE id = ?", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_bind_int64 (stmt, 1, id) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(PzZone) zone = pz_zone_find (zones, (const char *) sqlite3_column_text (stmt, 1));

      text = zone != NULL
        /* Translators: map tooltip over one imported enterprise: its name,
         * then the zone it was matched to */
        ? g_strdup_printf (_("%s\nImported, matched to %s"), (const char *) sqlite3_column_text (stmt, 0),
                           pz_zone_get_display_name (zone))
        : g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  return text;
}

/* What changes whenever the enterprises may have: this connection's
 * writes, and the commits of others. */
static char *
data_key (PzUserDatabase *database,
          GListModel     *zones)
{
  sqlite3 *db = _pz_user_database_get_handle (database);
  sqlite3_stmt *stmt = NULL;
  gint64 version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA data_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return g_strdup_printf ("%p %" G_GINT64_FORMAT " %" G_GINT64_FORMAT, (gpointer) zones, version,
                          (gint64) sqlite3_total_changes64 (db));
}

/**
 * pz_enterprise_points_get:
 *
 * The points of @database, read again only after a change of its data
 * (this connection's or another's), and shared by whoever asks (map,
 * exports) until then.
 *
 * Returns: (transfer full): the points; empty when they cannot be read
 */
PzEnterprisePoints *
pz_enterprise_points_get (PzUserDatabase *database,
                          GListModel     *zones)
{
  PzEnterprisePoints *points;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (database), NULL);

  key = data_key (database, zones);
  points = g_object_get_data (G_OBJECT (database), "pz-enterprise-points");
  if (points != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (database), "pz-enterprise-key"), key) == 0)
    return pz_enterprise_points_ref (points);

  if (!(points = pz_enterprise_points_load (database, zones, &error)))
    {
      g_warning ("%s", error->message);
      points = g_new0 (PzEnterprisePoints, 1);
      g_atomic_ref_count_init (&points->ref_count);
      points->points = g_array_new (FALSE, FALSE, sizeof (PzEnterprisePoint));
    }
  g_object_set_data_full (G_OBJECT (database), "pz-enterprise-key", g_steal_pointer (&key), g_free);
  g_object_set_data_full (G_OBJECT (database), "pz-enterprise-points", pz_enterprise_points_ref (points),
                          (GDestroyNotify) pz_enterprise_points_unref);
  return points;
}

/**
 * pz_enterprise_points_get_data:
 *
 * Returns: (array length=n_points): the points, valid as long as @self
 */
const PzEnterprisePoint *
pz_enterprise_points_get_data (PzEnterprisePoints *self,
                               guint              *n_points)
{
  g_return_val_if_fail (self != NULL, NULL);

  *n_points = self->points->len;
  return (const PzEnterprisePoint *) self->points->data;
}

guint
pz_enterprise_points_get_n_exact (PzEnterprisePoints *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_exact;
}

/* Enterprises with neither coordinates nor a zone with a position. */
guint
pz_enterprise_points_get_n_unplaced (PzEnterprisePoints *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_unplaced;
}

/* One enterprise */

struct _PzEnterprise
{
  GObject  parent_instance;

  gint64   id;
  gint64   import_id;
  char    *name;
  char    *zone_id;
  PzZone  *zone;
  double   latitude;
  double   longitude;
  gboolean exact;
};

G_DEFINE_FINAL_TYPE (PzEnterprise, pz_enterprise, G_TYPE_OBJECT)

static void
pz_enterprise_finalize (GObject *object)
{
  PzEnterprise *self = PZ_ENTERPRISE (object);

  g_free (self->name);
  g_free (self->zone_id);
  g_clear_object (&self->zone);
  G_OBJECT_CLASS (pz_enterprise_parent_class)->finalize (object);
}

static void
pz_enterprise_class_init (PzEnterpriseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pz_enterprise_finalize;
}

static void
pz_enterprise_init (PzEnterprise *self)
{
}

gint64
pz_enterprise_get_id (PzEnterprise *self)
{
  g_return_val_if_fail (PZ_IS_ENTERPRISE (self), 0);
  return self->id;
}

gint64
pz_enterprise_get_import_id (PzEnterprise *self)
{
  g_return_val_if_fail (PZ_IS_ENTERPRISE (self), 0);
  return self->import_id;
}

const char *
pz_enterprise_get_name (PzEnterprise *self)
{
  g_return_val_if_fail (PZ_IS_ENTERPRISE (self), NULL);
  return self->name;
}

const char *
pz_enterprise_get_zone_id (PzEnterprise *self)
{
  g_return_val_if_fail (PZ_IS_ENTERPRISE (self), NULL);
  return self->zone_id;
}

/* Returns: (nullable): the zone's name, %NULL for a zone the data lacks */
const char *
pz_enterprise_get_zone_name (PzEnterprise *self)
{
  g_return_val_if_fail (PZ_IS_ENTERPRISE (self), NULL);
  return self->zone != NULL ? pz_zone_get_display_name (self->zone) : NULL;
}

const char *
pz_enterprise_get_province (PzEnterprise *self)
{
  g_return_val_if_fail (PZ_IS_ENTERPRISE (self), NULL);
  return self->zone != NULL ? pz_zone_get_display_province (self->zone) : NULL;
}

/**
 * pz_enterprise_get_position:
 *
 * Returns: %FALSE if neither the enterprise nor its zone has a position;
 *   else its own coordinates or, failing them, its zone's
 */
gboolean
pz_enterprise_get_position (PzEnterprise *self,
                            double       *latitude,
                            double       *longitude)
{
  g_return_val_if_fail (PZ_IS_ENTERPRISE (self), FALSE);

  if (self->exact)
    {
      *latitude = self->latitude;
      *longitude = self->longitude;
      return TRUE;
    }
  if (self->zone == NULL || !pz_zone_has_location (self->zone))
    return FALSE;
  *latitude = pz_zone_get_latitude (self->zone);
  *longitude = pz_zone_get_longitude (self->zone);
  return TRUE;
}

gboolean
pz_enterprise_is_exact (PzEnterprise *self)
{
  g_return_val_if_fail (PZ_IS_ENTERPRISE (self), FALSE);
  return self->exact;
}

/* The list model */

struct _PzEnterpriseModel
{
  GObject         parent_instance;

  PzUserDatabase *database;
  GHashTable     *zones;       /* id → PzZone */
  sqlite3_stmt   *row;         /* one enterprise by id */
  GArray         *ids;         /* of gint64: the rows shown */
  gint64          import_id;   /* 0: every import */
  char           *search;      /* casefolded; NULL: no search */
  GHashTable     *zone_hits;   /* ids of the zones whose names match */
  guint           n_total;     /* the rows before the search */
};

static GType
pz_enterprise_model_get_item_type (GListModel *model)
{
  return PZ_TYPE_ENTERPRISE;
}

static guint
pz_enterprise_model_get_n_items (GListModel *model)
{
  return PZ_ENTERPRISE_MODEL (model)->ids->len;
}

static gpointer
pz_enterprise_model_get_item (GListModel *model,
                              guint       position)
{
  PzEnterpriseModel *self = PZ_ENTERPRISE_MODEL (model);
  PzEnterprise *item;
  const char *zone_id;

  if (position >= self->ids->len)
    return NULL;
  sqlite3_reset (self->row);
  if (sqlite3_bind_int64 (self->row, 1, g_array_index (self->ids, gint64, position)) != SQLITE_OK ||
      sqlite3_step (self->row) != SQLITE_ROW)
    {
      /* Gone under our feet (another connection): a blank row until the
       * reload that follows. */
      sqlite3_reset (self->row);
      item = g_object_new (PZ_TYPE_ENTERPRISE, NULL);
      item->name = g_strdup ("");
      return item;
    }

  item = g_object_new (PZ_TYPE_ENTERPRISE, NULL);
  item->id = g_array_index (self->ids, gint64, position);
  item->import_id = sqlite3_column_int64 (self->row, 0);
  item->name = g_strdup ((const char *) sqlite3_column_text (self->row, 1));
  zone_id = (const char *) sqlite3_column_text (self->row, 2);
  item->zone_id = g_strdup (zone_id);
  if (zone_id != NULL && (item->zone = g_hash_table_lookup (self->zones, zone_id)))
    g_object_ref (item->zone);
  item->exact = sqlite3_column_type (self->row, 3) != SQLITE_NULL && sqlite3_column_type (self->row, 4) != SQLITE_NULL;
  item->latitude = sqlite3_column_double (self->row, 3);
  item->longitude = sqlite3_column_double (self->row, 4);
  sqlite3_reset (self->row);
  return item;
}

static void
pz_enterprise_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = pz_enterprise_model_get_item_type;
  iface->get_n_items = pz_enterprise_model_get_n_items;
  iface->get_item = pz_enterprise_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (PzEnterpriseModel, pz_enterprise_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, pz_enterprise_model_list_init))

/* Whether @needle occurs in @haystack (both casefolded); a search that
 * starts or ends with a digit matches whole numbers only, so that
 * "Enterprise 4711" is not "Enterprise 47110". */
static gboolean
text_matches (const char *haystack,
              const char *needle)
{
  gsize n = strlen (needle);
  gboolean digit_start = g_ascii_isdigit (needle[0]);
  gboolean digit_end = n > 0 && g_ascii_isdigit (needle[n - 1]);

  for (const char *at = strstr (haystack, needle); at != NULL; at = strstr (at + 1, needle))
    if ((!digit_start || at == haystack || !g_ascii_isdigit (at[-1])) &&
        (!digit_end || !g_ascii_isdigit (at[n])))
      return TRUE;
  return FALSE;
}

static gboolean
utf8_matches (const char *text,
              const char *needle)
{
  g_autofree char *folded = NULL;
  char ascii[256];
  gsize i;

  if (text == NULL)
    return FALSE;
  /* Most names are short ASCII: folded on the stack, without the
   * allocation that makes up most of a search of 100,000 rows. */
  for (i = 0; i < sizeof ascii - 1 && text[i] != '\0' && !(text[i] & 0x80); i++)
    ascii[i] = g_ascii_tolower (text[i]);
  if (text[i] == '\0')
    {
      ascii[i] = '\0';
      return text_matches (ascii, needle);
    }
  folded = g_utf8_casefold (text, -1);
  return text_matches (folded, needle);
}

/* pz_enterprise_match(name, zone_id) for the model's query. */
static void
sql_match (sqlite3_context *context,
           int              argc,
           sqlite3_value  **argv)
{
  PzEnterpriseModel *self = sqlite3_user_data (context);
  const char *name = (const char *) sqlite3_value_text (argv[0]);
  const char *zone_id = (const char *) sqlite3_value_text (argv[1]);

  sqlite3_result_int (context, self->search == NULL || (zone_id != NULL && g_hash_table_contains (self->zone_hits, zone_id)) ||
                               utf8_matches (name, self->search));
}

static void
refresh (PzEnterpriseModel *self)
{
  sqlite3 *db = _pz_user_database_get_handle (self->database);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  guint removed = self->ids->len;
  int rc;

  g_hash_table_remove_all (self->zone_hits);
  if (self->search != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, self->zones);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (utf8_matches (pz_zone_get_display_name (value), self->search) ||
            utf8_matches (pz_zone_get_other_name (value), self->search) ||
            utf8_matches (pz_zone_get_display_province (value), self->search))
          g_hash_table_add (self->zone_hits, key);
    }

  self->n_total = 0;
  if (sqlite3_create_function (db, "pz_enterprise_match", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                               self, sql_match, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "SELECT e.id, ?2 IS NULL OR pz_enterprise_match(e.name, e.zone_id)"
                          " FROM enterprises e JOIN imports i ON i.id = e.import_id"
                          " WHERE i.removed = 0 AND (?1 = 0 OR e.import_id = ?1) ORDER BY e.id",
                          -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_bind_int64 (stmt, 1, self->import_id) != SQLITE_OK ||
      (self->search != NULL ? sqlite3_bind_text (stmt, 2, self->search, -1, SQLITE_STATIC)
                            : sqlite3_bind_null (stmt, 2)) != SQLITE_OK)
    rc = SQLITE_ERROR;
  else
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        self->n_total++;
        if (sqlite3_column_int (stmt, 1))
          g_array_append_val (ids, id);
      }
  if (rc != SQLITE_DONE)
    g_warning ("Cannot list the imported enterprises: %s", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  /* Nothing else calls it, and @self may go before the connection. */
  sqlite3_create_function (db, "pz_enterprise_match", 2, SQLITE_UTF8, NULL, NULL, NULL, NULL);

  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->ids->len);
}

static void
pz_enterprise_model_dispose (GObject *object)
{
  PzEnterpriseModel *self = PZ_ENTERPRISE_MODEL (object);

  g_clear_pointer (&self->row, sqlite3_finalize);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (pz_enterprise_model_parent_class)->dispose (object);
}

static void
pz_enterprise_model_finalize (GObject *object)
{
  PzEnterpriseModel *self = PZ_ENTERPRISE_MODEL (object);

  g_array_unref (self->ids);
  g_free (self->search);
  g_hash_table_unref (self->zones);
  g_hash_table_unref (self->zone_hits);
  G_OBJECT_CLASS (pz_enterprise_model_parent_class)->finalize (object);
}

static void
pz_enterprise_model_class_init (PzEnterpriseModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pz_enterprise_model_dispose;
  object_class->finalize = pz_enterprise_model_finalize;
}

static void
pz_enterprise_model_init (PzEnterpriseModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->zone_hits = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * pz_enterprise_model_new:
 * @zones: every zone (#PzZone), to name an enterprise's zone
 *
 * Returns: (transfer full): the enterprises of every import not removed,
 *   following the user database
 */
PzEnterpriseModel *
pz_enterprise_model_new (PzUserDatabase *database,
                         GListModel     *zones)
{
  PzEnterpriseModel *self;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (database), NULL);

  self = g_object_new (PZ_TYPE_ENTERPRISE_MODEL, NULL);
  self->database = g_object_ref (database);
  self->zones = index_zones (zones);
  if (sqlite3_prepare_v2 (_pz_user_database_get_handle (database),
                          "SELECT import_id, name, zone_id, lat, lon FROM enterprises WHERE id = ?",
                          -1, &self->row, NULL) != SQLITE_OK)
    g_warning ("Cannot read the imported enterprises");
  g_signal_connect_object (database, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
  return self;
}

/* @import_id: an import's id, or 0 for the enterprises of every import */
void
pz_enterprise_model_set_import (PzEnterpriseModel *self,
                                gint64             import_id)
{
  g_return_if_fail (PZ_IS_ENTERPRISE_MODEL (self));

  if (self->import_id == import_id)
    return;
  self->import_id = import_id;
  refresh (self);
}

gint64
pz_enterprise_model_get_import (PzEnterpriseModel *self)
{
  g_return_val_if_fail (PZ_IS_ENTERPRISE_MODEL (self), 0);

  return self->import_id;
}

/**
 * pz_enterprise_model_set_search:
 * @text: (nullable): words the name, the zone's name or the province
 *   must contain (any case); %NULL or blank for every row
 */
void
pz_enterprise_model_set_search (PzEnterpriseModel *self,
                                const char        *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *folded = *stripped != '\0' ? g_utf8_casefold (stripped, -1) : NULL;

  g_return_if_fail (PZ_IS_ENTERPRISE_MODEL (self));

  if (g_strcmp0 (folded, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&folded);
  refresh (self);
}

/* The rows of the import, before the search. */
guint
pz_enterprise_model_get_n_total (PzEnterpriseModel *self)
{
  g_return_val_if_fail (PZ_IS_ENTERPRISE_MODEL (self), 0);

  return self->n_total;
}
