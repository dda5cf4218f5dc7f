/* pz-map-composition.c
 *
 * One value for what a map shows. The on-screen map view keeps its own
 * composition current; dialogs and the command line get a snapshot, whose
 * zones no longer follow the filter, and draw it with the same functions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-map-composition"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-enterprise-draw.h"
#include "pz-map-composition.h"
#include "pz-zone-draw.h"

struct _PzMapComposition
{
  gatomicrefcount  ref_count;

  PzDatabase      *database;
  GListModel      *zones;        /* the zones the filter shows */
  char            *description;  /* the filter in words; NULL: every zone */
  PzMapMode        mode;
  GHashTable      *imported;     /* zone id → enterprises imported */
  PzEnterprisePoints *enterprises; /* the imported enterprises' points */
  PzEnterpriseClusters *clusters;  /* derived from them on demand */
  PzEnterpriseLegend enterprise_legend;
  gboolean         marked;       /* a company chosen in the list */
  double           marked_latitude;
  double           marked_longitude;
  PzZone          *selected;
  gboolean         show_parks;
  gboolean         show_labels;
  gboolean         compact_legend;
  gboolean         dark;
  PzBoundaries     boundaries;   /* China's conventions by default */
  GListModel      *class_zones;  /* the zones whose classes the choropleth keeps */
  char            *class_date;

  gboolean         has_view;     /* else an export fits the zones */
  double           latitude;
  double           longitude;
  double           zoom;
  double           view_width;   /* the logical width @zoom is for */

  PzChoropleth    *choropleth;   /* derived from the above on demand */
  PzBatchLegend    legend;       /* likewise, when asked for */
};

static const char * const mode_names[] = { "zones", "provinces", "enterprises" };

const char *
pz_map_mode_to_string (PzMapMode mode)
{
  g_return_val_if_fail (mode < G_N_ELEMENTS (mode_names), NULL);

  return mode_names[mode];
}

/* "imported" is what the command line calls the mode; settings store
 * "enterprises". */
gboolean
pz_map_mode_from_string (const char *text,
                         PzMapMode  *mode)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (mode_names); i++)
    if (g_str_equal (text, mode_names[i]))
      {
        *mode = (PzMapMode) i;
        return TRUE;
      }
  if (g_strcmp0 (text, "imported") == 0)
    {
      *mode = PZ_MAP_MODE_IMPORTED;
      return TRUE;
    }
  return FALSE;
}

/**
 * pz_map_composition_new:
 * @zones: the zones to show, e.g. a filter's output; followed, not copied
 *
 * Returns: (transfer full): zone markers with parks and labels, light
 *   style, fitted to the zones
 */
PzMapComposition *
pz_map_composition_new (PzDatabase *database,
                        GListModel *zones)
{
  PzMapComposition *self;

  g_return_val_if_fail (PZ_IS_DATABASE (database), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (zones), NULL);

  self = g_new0 (PzMapComposition, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->database = g_object_ref (database);
  self->zones = g_object_ref (zones);
  self->show_parks = TRUE;
  self->show_labels = TRUE;
  return self;
}

PzMapComposition *
pz_map_composition_ref (PzMapComposition *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pz_map_composition_unref (PzMapComposition *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_object (&self->database);
  g_clear_object (&self->zones);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->imported, g_hash_table_unref);
  g_clear_pointer (&self->enterprises, pz_enterprise_points_unref);
  g_clear_pointer (&self->clusters, pz_enterprise_clusters_unref);
  g_clear_pointer (&self->choropleth, pz_choropleth_unref);
  g_clear_object (&self->class_zones);
  g_free (self->class_date);
  pz_batch_legend_clear (&self->legend);
  g_free (self);
}

/**
 * pz_map_composition_snapshot:
 *
 * Returns: (transfer full): a copy whose zones are a fixed list of the
 *   zones shown now, for a dialog or an export that outlives a filter change
 */
PzMapComposition *
pz_map_composition_snapshot (const PzMapComposition *self)
{
  g_autoptr(GListStore) zones = g_list_store_new (PZ_TYPE_ZONE);
  PzMapComposition *copy;

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (self->zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (self->zones, i);

      g_list_store_append (zones, zone);
    }

  copy = pz_map_composition_new (self->database, G_LIST_MODEL (zones));
  copy->description = g_strdup (self->description);
  copy->mode = self->mode;
  copy->imported = self->imported != NULL ? g_hash_table_ref (self->imported) : NULL;
  copy->enterprises = self->enterprises != NULL ? pz_enterprise_points_ref (self->enterprises) : NULL;
  copy->clusters = self->clusters != NULL ? pz_enterprise_clusters_ref (self->clusters) : NULL;
  copy->marked = self->marked;
  copy->marked_latitude = self->marked_latitude;
  copy->marked_longitude = self->marked_longitude;
  copy->selected = self->selected != NULL ? g_object_ref (self->selected) : NULL;
  copy->show_parks = self->show_parks;
  copy->show_labels = self->show_labels;
  copy->compact_legend = self->compact_legend;
  copy->dark = self->dark;
  copy->boundaries = self->boundaries;
  pz_map_composition_set_class_reference (copy, self->class_zones, self->class_date);
  copy->has_view = self->has_view;
  copy->latitude = self->latitude;
  copy->longitude = self->longitude;
  copy->zoom = self->zoom;
  copy->view_width = self->view_width;
  return copy;
}

/**
 * pz_map_composition_changed:
 *
 * Says that the zones shown or the imported counts changed, so that the
 * province values are computed again when next asked for.
 */
void
pz_map_composition_changed (PzMapComposition *self)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->choropleth, pz_choropleth_unref);
}

PzDatabase *
pz_map_composition_get_database (const PzMapComposition *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->database;
}

GListModel *
pz_map_composition_get_zones (const PzMapComposition *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->zones;
}

/**
 * pz_map_composition_get_parks:
 *
 * Returns: (transfer none) (nullable): the parks to draw (those of the zones
 *   shown are drawn), or %NULL when the map shows none
 */
GListModel *
pz_map_composition_get_parks (const PzMapComposition *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (!self->show_parks || self->mode != PZ_MAP_MODE_ZONES)
    return NULL;
  return pz_database_get_parks (self->database);
}

PzMapMode
pz_map_composition_get_mode (const PzMapComposition *self)
{
  g_return_val_if_fail (self != NULL, PZ_MAP_MODE_ZONES);

  return self->mode;
}

void
pz_map_composition_set_mode (PzMapComposition *self,
                             PzMapMode         mode)
{
  g_return_if_fail (self != NULL);

  if (self->mode != mode)
    {
      self->mode = mode;
      pz_map_composition_changed (self);
    }
}

/**
 * pz_map_composition_set_imported:
 * @counts: (nullable) (element-type utf8 guint): enterprises per zone id,
 *   as the user database keeps them
 */
void
pz_map_composition_set_imported (PzMapComposition *self,
                                 GHashTable       *counts)
{
  g_return_if_fail (self != NULL);

  if (counts != NULL)
    g_hash_table_ref (counts);
  g_clear_pointer (&self->imported, g_hash_table_unref);
  self->imported = counts;
  pz_map_composition_changed (self);
}

/**
 * pz_map_composition_set_enterprises:
 * @points: (nullable): the imported enterprises, drawn as clusters over
 *   the provinces in the "imported" mode
 */
void
pz_map_composition_set_enterprises (PzMapComposition   *self,
                                    PzEnterprisePoints *points)
{
  g_return_if_fail (self != NULL);

  if (points == self->enterprises)
    return;
  if (points != NULL)
    pz_enterprise_points_ref (points);
  g_clear_pointer (&self->enterprises, pz_enterprise_points_unref);
  g_clear_pointer (&self->clusters, pz_enterprise_clusters_unref);
  self->enterprises = points;
}

/**
 * pz_map_composition_get_enterprise_clusters:
 *
 * Returns: (transfer none) (nullable): the clusters of the imported
 *   enterprises to draw, %NULL unless the map shows the "imported" mode
 *   and there are some; indexed once per change of the imports
 */
PzEnterpriseClusters *
pz_map_composition_get_enterprise_clusters (PzMapComposition *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->mode != PZ_MAP_MODE_IMPORTED || self->enterprises == NULL ||
      (pz_enterprise_points_get_data (self->enterprises, &n), n == 0))
    return NULL;
  if (self->clusters == NULL)
    self->clusters = pz_enterprise_clusters_new (self->enterprises);
  return self->clusters;
}

/**
 * pz_map_composition_set_marked:
 * @marked: whether to ring the position (@latitude, @longitude): that of
 *   the company chosen in the list, drawn over the enterprises' clusters
 */
void
pz_map_composition_set_marked (PzMapComposition *self,
                               gboolean          marked,
                               double            latitude,
                               double            longitude)
{
  g_return_if_fail (self != NULL);

  self->marked = !!marked;
  self->marked_latitude = latitude;
  self->marked_longitude = longitude;
}

/* Returns: whether a company is ringed, and where */
gboolean
pz_map_composition_get_marked (const PzMapComposition *self,
                               double                 *latitude,
                               double                 *longitude)
{
  g_return_val_if_fail (self != NULL, FALSE);

  *latitude = self->marked_latitude;
  *longitude = self->marked_longitude;
  return self->marked;
}

gboolean
pz_map_composition_get_show_parks (const PzMapComposition *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->show_parks;
}

void
pz_map_composition_set_show_parks (PzMapComposition *self,
                                   gboolean          show_parks)
{
  g_return_if_fail (self != NULL);

  self->show_parks = !!show_parks;
}

gboolean
pz_map_composition_get_show_labels (const PzMapComposition *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->show_labels;
}

void
pz_map_composition_set_show_labels (PzMapComposition *self,
                                    gboolean          show_labels)
{
  g_return_if_fail (self != NULL);

  self->show_labels = !!show_labels;
}

gboolean
pz_map_composition_get_compact_legend (const PzMapComposition *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->compact_legend;
}

void
pz_map_composition_set_compact_legend (PzMapComposition *self,
                                       gboolean          compact)
{
  g_return_if_fail (self != NULL);

  self->compact_legend = !!compact;
}

gboolean
pz_map_composition_get_dark (const PzMapComposition *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->dark;
}

void
pz_map_composition_set_dark (PzMapComposition *self,
                             gboolean          dark)
{
  g_return_if_fail (self != NULL);

  self->dark = !!dark;
}

const PzMapStyle *
pz_map_composition_get_style (const PzMapComposition *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return pz_map_style_get (self->dark);
}

/**
 * pz_map_composition_get_selected:
 *
 * Returns: (transfer none) (nullable): the highlighted zone
 */
PzZone *
pz_map_composition_get_selected (const PzMapComposition *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->selected;
}

void
pz_map_composition_set_selected (PzMapComposition *self,
                                 PzZone           *zone)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (zone == NULL || PZ_IS_ZONE (zone));

  g_set_object (&self->selected, zone);
}

/**
 * pz_map_composition_get_description:
 *
 * Returns: (nullable): the filter in words, e.g. "Batch 5 · Guangdong",
 *   or %NULL when every zone is shown
 */
const char *
pz_map_composition_get_description (const PzMapComposition *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->description;
}

void
pz_map_composition_set_description (PzMapComposition *self,
                                    const char       *description)
{
  g_return_if_fail (self != NULL);

  g_free (self->description);
  self->description = g_strdup (description);
}

/**
 * pz_map_composition_get_view:
 * @width: (out): the logical width of the map that @zoom is for
 *
 * Returns: %TRUE if the composition has a view; else a drawing fits the
 *   zones shown
 */
gboolean
pz_map_composition_get_view (const PzMapComposition *self,
                             double                 *latitude,
                             double                 *longitude,
                             double                 *zoom,
                             double                 *width)
{
  g_return_val_if_fail (self != NULL, FALSE);

  *latitude = self->latitude;
  *longitude = self->longitude;
  *zoom = self->zoom;
  *width = self->view_width;
  return self->has_view;
}

/**
 * pz_map_composition_set_view:
 * @width: the logical width @zoom is for, or 0 for the drawing's own width
 */
void
pz_map_composition_set_view (PzMapComposition *self,
                             double            latitude,
                             double            longitude,
                             double            zoom,
                             double            width)
{
  g_return_if_fail (self != NULL);

  self->has_view = TRUE;
  self->latitude = latitude;
  self->longitude = longitude;
  self->zoom = zoom;
  self->view_width = width;
}

void
pz_map_composition_unset_view (PzMapComposition *self)
{
  g_return_if_fail (self != NULL);

  self->has_view = FALSE;
}

/* The classes of the reference zones, and a title that says so. */
static void
fix_classes (PzMapComposition *self,
             GListModel       *all)
{
  g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *weights = self->mode == PZ_MAP_MODE_PROVINCES ? NULL : self->imported != NULL ? self->imported : none;
  g_autoptr(PzChoropleth) reference = pz_choropleth_new_zone_counts (all, self->class_zones, weights, NULL);
  /* Translators: a legend title, e.g. "Zones per province · classes of 2022-11-14" */
  g_autofree char *title = g_strdup_printf (_("%s · classes of %s"), pz_choropleth_get_title (self->choropleth),
                                            self->class_date != NULL ? self->class_date : "");

  pz_choropleth_set_title (self->choropleth, title);
  pz_choropleth_set_reference_max (self->choropleth, pz_choropleth_get_max (reference));
}

/**
 * pz_map_composition_get_choropleth:
 *
 * Returns: (transfer none) (nullable): the province values the map fills
 *   by, or %NULL in zone mode; computed once per change, not per frame
 */
PzChoropleth *
pz_map_composition_get_choropleth (PzMapComposition *self)
{
  GListModel *all;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->mode == PZ_MAP_MODE_ZONES)
    return NULL;
  if (self->choropleth != NULL)
    return self->choropleth;

  all = pz_database_get_zones (self->database);
  if (self->mode == PZ_MAP_MODE_PROVINCES)
    self->choropleth = pz_choropleth_new_zone_counts (all, self->zones, NULL, _("Zones per province"));
  else
    {
      g_autoptr(GHashTable) none = NULL;

      if (self->imported == NULL)
        none = g_hash_table_new (g_str_hash, g_str_equal);
      self->choropleth = pz_choropleth_new_zone_counts (all, self->zones,
                                                        self->imported != NULL ? self->imported : none,
                                                        _("Imported enterprises per province"));
    }
  if (self->class_zones != NULL)
    fix_classes (self, all);
  return self->choropleth;
}

/**
 * pz_map_composition_legend_init:
 *
 * Describes the legend of what the composition draws: the province
 * classes, or the batches of the zones shown, hollow markers and the
 * park symbol. @spec is valid until the next call. The screen's legend, the
 * exported image and the SVG text all take it from here.
 *
 * Returns: %FALSE if the map has nothing to explain
 */
gboolean
pz_map_composition_legend_init (PzMapComposition *self,
                                PzLegendSpec     *spec)
{
  PzChoropleth *choropleth;

  g_return_val_if_fail (self != NULL, FALSE);

  if ((choropleth = pz_map_composition_get_choropleth (self)))
    {
      pz_choropleth_legend_init (choropleth, spec);
      if (pz_map_composition_get_enterprise_clusters (self) != NULL)
        pz_enterprise_legend_wrap (&self->enterprise_legend, spec);
    }
  else
    {
      pz_batch_legend_update (&self->legend, pz_database_get_batches (self->database), self->zones,
                              pz_map_composition_get_parks (self) != NULL);
      pz_batch_legend_init (spec, &self->legend);
    }
  return TRUE;
}

PzBoundaries
pz_map_composition_get_boundaries (const PzMapComposition *self)
{
  g_return_val_if_fail (self != NULL, PZ_BOUNDARIES_CHINA);

  return self->boundaries;
}

/**
 * pz_map_composition_set_boundaries:
 *
 * Chooses the outline of China: as maps published in China draw it (the
 * default, with the South China Sea inset), or Natural Earth's de facto
 * view.
 */
void
pz_map_composition_set_boundaries (PzMapComposition *self,
                                   PzBoundaries      boundaries)
{
  g_return_if_fail (self != NULL);

  self->boundaries = boundaries;
}

/**
 * pz_map_composition_set_class_reference:
 * @zones: (nullable): the zones of the final date of a timeline; %NULL
 *   for classes of the values shown
 * @date: (nullable): that date, for the legend
 *
 * Keeps the choropleth's classes those of @zones, so that colours compare
 * across the dates of a timeline.
 */
void
pz_map_composition_set_class_reference (PzMapComposition *self,
                                        GListModel       *zones,
                                        const char       *date)
{
  g_return_if_fail (self != NULL);

  g_set_object (&self->class_zones, zones);
  g_free (self->class_date);
  self->class_date = g_strdup (date);
  g_clear_pointer (&self->choropleth, pz_choropleth_unref);
}
