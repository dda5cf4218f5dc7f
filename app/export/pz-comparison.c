/* pz-comparison.c
 *
 * Provinces or zones side by side, as counted once for the compare
 * window and its export: each one's zones, zones by batch, parks,
 * published figures and imported enterprises, and its small map, drawn
 * by the map's own renderer for the screen and the page alike. A zone
 * is shown on the map of its province.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-comparison"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-basemap-draw.h"
#include "pz-comparison.h"
#include "pz-map-render.h"
#include "pz-park-draw.h"
#include "pz-projection.h"
#include "pz-province.h"
#include "pz-zone-draw.h"

/* Room around the province on its small map, in pixels. */
#define MAP_PADDING 12.0
/* Zones by batch: batches past this are not split. */
#define N_BATCHES 16

typedef struct
{
  char             *id;
  PzZone           *zone;       /* a zone compared; NULL for a province */
  char             *province;   /* the code of the province, or of the zone's */
  GListStore       *zones;
  GListModel       *figures;
  guint             n_parks;
  guint             n_imported;
  guint             by_batch[N_BATCHES];
  PzMapComposition *map;
  double            bounds[4];  /* south, west, north, east */
  gboolean          has_bounds;
} Item;

struct _PzComparison
{
  GObject     parent_instance;

  PzDatabase *database;
  gboolean    has_imported;
  GPtrArray  *items;  /* of Item */
};

G_DEFINE_FINAL_TYPE (PzComparison, pz_comparison, G_TYPE_OBJECT)

static void
item_free (Item *item)
{
  g_free (item->id);
  g_clear_object (&item->zone);
  g_free (item->province);
  g_clear_object (&item->zones);
  g_clear_object (&item->figures);
  g_clear_pointer (&item->map, pz_map_composition_unref);
  g_free (item);
}

static void
pz_comparison_finalize (GObject *object)
{
  PzComparison *self = PZ_COMPARISON (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->database);
  G_OBJECT_CLASS (pz_comparison_parent_class)->finalize (object);
}

static void
pz_comparison_class_init (PzComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pz_comparison_finalize;
}

static void
pz_comparison_init (PzComparison *self)
{
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
}

/* The province's published figures, or the zone's, by indicator and year. */
static GListModel *
find_figures (PzDatabase *database,
              Item       *item)
{
  GListModel *all;
  GListStore *found;

  if (item->zone == NULL)
    {
      GListModel *provinces = pz_database_get_provinces (database);

      for (guint i = 0; i < g_list_model_get_n_items (provinces); i++)
        {
          g_autoptr(PzProvince) province = g_list_model_get_item (provinces, i);

          if (g_strcmp0 (pz_province_get_code (province), item->province) == 0)
            return g_object_ref (pz_province_get_figures (province));
        }
      return G_LIST_MODEL (g_list_store_new (PZ_TYPE_INDICATOR));
    }

  all = pz_database_get_indicators (database);
  found = g_list_store_new (PZ_TYPE_INDICATOR);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PzIndicator) figure = g_list_model_get_item (all, i);

      if (g_strcmp0 (pz_indicator_get_scope (figure), "zone") == 0 &&
          g_strcmp0 (pz_indicator_get_scope_id (figure), item->id) == 0)
        g_list_store_append (found, figure);
    }
  return G_LIST_MODEL (found);
}

static gboolean
add_item (PzComparison *self,
          GHashTable   *imported,
          const char   *id)
{
  PzBasemap *basemap = pz_database_get_basemap (self->database);
  GListModel *all = pz_database_get_zones (self->database);
  Item *item = g_new0 (Item, 1);

  item->id = g_strdup (id);
  item->zones = g_list_store_new (PZ_TYPE_ZONE);
  if ((item->zone = pz_zone_find (pz_database_get_zones (self->database), id)) != NULL)
    {
      item->province = g_strdup (pz_zone_get_text (item->zone, PZ_ZONE_PROVINCE_CODE));
      g_list_store_append (item->zones, item->zone);
    }
  else if (pz_basemap_get_province_name (basemap, id) != NULL)
    {
      item->province = g_strdup (id);
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(PzZone) zone = g_list_model_get_item (all, i);

          if (g_strcmp0 (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE), id) == 0)
            g_list_store_append (item->zones, zone);
        }
    }
  else
    {
      g_debug ("No province or zone “%s” to compare", id);
      item_free (item);
      return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (item->zones)); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (G_LIST_MODEL (item->zones), i);
      guint batch = pz_zone_get_batch (zone);

      item->n_parks += pz_zone_get_n_parks (zone);
      if (batch < N_BATCHES)
        item->by_batch[batch]++;
      if (imported != NULL)
        item->n_imported += GPOINTER_TO_UINT (g_hash_table_lookup (imported, pz_zone_get_id (zone)));
    }
  item->figures = find_figures (self->database, item);
  item->map = pz_map_composition_new (self->database, G_LIST_MODEL (item->zones));
  pz_map_composition_set_show_parks (item->map, TRUE);
  pz_map_composition_set_show_labels (item->map, FALSE);
  item->has_bounds = pz_basemap_get_province_bounds (basemap, item->province, item->bounds);
  g_ptr_array_add (self->items, item);
  return TRUE;
}

/**
 * pz_comparison_new:
 * @imported: (nullable): zone id → imported enterprises, from the user's
 *   database; %NULL without one
 * @ids: province codes or zone ids; those that are neither are left
 *   out, and any past %PZ_COMPARISON_MAX_ITEMS
 *
 * Returns: (transfer full): the comparison, counted now
 */
PzComparison *
pz_comparison_new (PzDatabase         *database,
                   GHashTable         *imported,
                   const char * const *ids)
{
  PzComparison *self;

  g_return_val_if_fail (PZ_IS_DATABASE (database), NULL);
  g_return_val_if_fail (ids != NULL, NULL);

  self = g_object_new (PZ_TYPE_COMPARISON, NULL);
  self->database = g_object_ref (database);
  self->has_imported = imported != NULL;
  for (guint i = 0; ids[i] != NULL && self->items->len < PZ_COMPARISON_MAX_ITEMS; i++)
    add_item (self, imported, ids[i]);
  return self;
}

PzDatabase *
pz_comparison_get_database (PzComparison *self)
{
  g_return_val_if_fail (PZ_IS_COMPARISON (self), NULL);

  return self->database;
}

guint
pz_comparison_get_n_items (PzComparison *self)
{
  g_return_val_if_fail (PZ_IS_COMPARISON (self), 0);

  return self->items->len;
}

static Item *
get_item (PzComparison *self,
          guint         index)
{
  g_return_val_if_fail (PZ_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}

/**
 * pz_comparison_dup_ids:
 *
 * Returns: (transfer full): the ids compared, in their order
 */
char **
pz_comparison_dup_ids (PzComparison *self)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  g_return_val_if_fail (PZ_IS_COMPARISON (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    g_strv_builder_add (ids, ((Item *) g_ptr_array_index (self->items, i))->id);
  return g_strv_builder_end (ids);
}

/* A province's code or a zone's id. */
const char *
pz_comparison_get_id (PzComparison *self,
                      guint         index)
{
  Item *item = get_item (self, index);

  return item != NULL ? item->id : NULL;
}

/**
 * pz_comparison_get_zone:
 *
 * Returns: (transfer none) (nullable): the zone compared, or %NULL for a
 *   province
 */
PzZone *
pz_comparison_get_zone (PzComparison *self,
                        guint         index)
{
  Item *item = get_item (self, index);

  return item != NULL ? item->zone : NULL;
}

const char *
pz_comparison_get_name (PzComparison *self,
                        guint         index)
{
  Item *item = get_item (self, index);

  if (item == NULL)
    return NULL;
  if (item->zone != NULL)
    return pz_zone_get_display_name (item->zone);
  return pz_basemap_get_province_name (pz_database_get_basemap (self->database), item->province);
}

/**
 * pz_comparison_dup_title:
 *
 * Returns: (transfer full): the names compared, e.g. "Zhejiang · Guangdong"
 */
char *
pz_comparison_dup_title (PzComparison *self)
{
  GString *title = g_string_new (NULL);

  g_return_val_if_fail (PZ_IS_COMPARISON (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      /* Translators: between the names of the provinces or zones compared */
      g_string_append_printf (title, "%s%s", i > 0 ? _(" · ") : "", pz_comparison_get_name (self, i));
    }
  return g_string_free (title, FALSE);
}

/**
 * pz_comparison_get_zones:
 *
 * Returns: (transfer none): a province's zones, or the zone alone
 */
GListModel *
pz_comparison_get_zones (PzComparison *self,
                         guint         index)
{
  Item *item = get_item (self, index);

  return item != NULL ? G_LIST_MODEL (item->zones) : NULL;
}

guint
pz_comparison_get_n_parks (PzComparison *self,
                           guint         index)
{
  Item *item = get_item (self, index);

  return item != NULL ? item->n_parks : 0;
}

guint
pz_comparison_get_n_in_batch (PzComparison *self,
                              guint         index,
                              guint         batch)
{
  Item *item = get_item (self, index);

  return item != NULL && batch < N_BATCHES ? item->by_batch[batch] : 0;
}

/* A row for every batch with zones in any of the items lines the columns
 * up; an item without zones in it reads 0. */
gboolean
pz_comparison_batch_shown (PzComparison *self,
                           guint         batch)
{
  g_return_val_if_fail (PZ_IS_COMPARISON (self), FALSE);

  for (guint i = 0; batch < N_BATCHES && i < self->items->len; i++)
    if (((Item *) g_ptr_array_index (self->items, i))->by_batch[batch] > 0)
      return TRUE;
  return FALSE;
}

/**
 * pz_comparison_get_imported:
 * @count: (out): the enterprises imported into the item's zones
 *
 * Returns: whether the user has imported enterprises to count
 */
gboolean
pz_comparison_get_imported (PzComparison *self,
                            guint         index,
                            guint        *count)
{
  Item *item = get_item (self, index);

  *count = item != NULL ? item->n_imported : 0;
  return item != NULL && self->has_imported;
}

/**
 * pz_comparison_get_figures:
 *
 * Returns: (transfer none): the #PzIndicator figures published for the
 *   province or the zone, by indicator and year
 */
GListModel *
pz_comparison_get_figures (PzComparison *self,
                           guint         index)
{
  Item *item = get_item (self, index);

  return item != NULL ? item->figures : NULL;
}

/**
 * pz_comparison_draw_map:
 * @cr: where to draw, @width × @height in its user space
 * @scale: device pixels per unit, for the basemap's detail
 *
 * The item's small map: its province framed, the neighbours faded, the
 * province's border, and its zones and parks on top as the map draws them.
 */
void
pz_comparison_draw_map (PzComparison *self,
                        guint         index,
                        cairo_t      *cr,
                        double        width,
                        double        height,
                        int           scale,
                        gboolean      dark)
{
  static const PzMapDecorations none = { NULL, NULL, FALSE, FALSE, FALSE, FALSE, 0 };
  Item *item = get_item (self, index);
  PzBasemap *basemap = pz_database_get_basemap (self->database);
  const PzMapStyle *style;
  double zoom, centre_y;
  const double *b;
  PzView view;

  if (item == NULL || !item->has_bounds)
    return;
  b = item->bounds;
  zoom = pz_view_fit_zoom (b[0], b[1], b[2], b[3], width, height, MAP_PADDING);
  /* The middle of the box in Mercator, not the mean of the latitudes. */
  centre_y = (pz_mercator_y (b[0]) + pz_mercator_y (b[2])) / 2.0;
  pz_view_init_centered (&view, pz_mercator_latitude (centre_y), (b[1] + b[3]) / 2.0, zoom, width, height, scale);
  pz_map_composition_set_dark (item->map, dark);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  pz_map_render (item->map, &none, cr, &view);

  style = pz_map_composition_get_style (item->map);
  cairo_new_path (cr);
  if (pz_basemap_append_province (basemap, cr, &view, item->province))
    {
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      if (dark)
        cairo_set_source_rgba (cr, 0, 0, 0, 0.35);
      else
        cairo_set_source_rgba (cr, 1, 1, 1, 0.5);
      cairo_fill (cr);
      pz_basemap_append_province (basemap, cr, &view, item->province);
      pz_cairo_set_color (cr, &style->province_line);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
      if (pz_map_composition_get_parks (item->map) != NULL)
        pz_draw_parks (cr, &view, pz_map_composition_get_parks (item->map), G_LIST_MODEL (item->zones), style);
      pz_draw_zones (cr, &view, G_LIST_MODEL (item->zones), NULL, style);
    }
  cairo_restore (cr);
}
