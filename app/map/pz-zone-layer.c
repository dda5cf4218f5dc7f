/* pz-zone-layer.c
 *
 * The zone markers of a map composition, coloured by batch, the selected
 * one ringed. Past a thousand points (imported enterprises, not the
 * zones) overlapping markers are clustered so a frame stays within 16 ms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-zone-layer"

#include "config.h"

#include "pz-basemap-draw.h"
#include "pz-projection.h"
#include "pz-sea-inset.h"
#include "pz-sea-inset-layer.h"
#include "pz-zone-draw.h"
#include "pz-zone-labels.h"
#include "pz-zone-layer.h"

#define CLUSTER_THRESHOLD 1000
#define CLUSTER_RADIUS 40.0
#define CLUSTER_MAX_ZOOM 16

struct _PzZoneLayer
{
  PzOverlayLayer  parent_instance;

  PzClusterIndex *clusters;  /* built when there are many points */
  GtkWidget      *furniture; /* parent of the widgets over the map */
  GPtrArray      *obstacles; /* more widgets over the map, unowned */
};

G_DEFINE_FINAL_TYPE (PzZoneLayer, pz_zone_layer, PZ_TYPE_OVERLAY_LAYER)

/* Rebuilt once per change of the composition, never per frame. */
static void
pz_zone_layer_update (PzOverlayLayer   *layer,
                      PzMapComposition *composition)
{
  PzZoneLayer *self = PZ_ZONE_LAYER (layer);
  GListModel *zones = pz_map_composition_get_zones (composition);
  guint n = g_list_model_get_n_items (zones);
  g_autofree double *xs = NULL;
  g_autofree double *ys = NULL;

  g_clear_pointer (&self->clusters, pz_cluster_index_free);
  if (n <= CLUSTER_THRESHOLD)
    return;

  xs = g_new (double, n);
  ys = g_new (double, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      xs[i] = pz_mercator_x (pz_zone_get_longitude (zone));
      ys[i] = pz_mercator_y (pz_zone_get_latitude (zone));
    }
  self->clusters = pz_cluster_index_new (xs, ys, n, CLUSTER_RADIUS, CLUSTER_MAX_ZOOM);
}

/* What zone names keep off on screen: province names, the widgets over
 * the map (legend, buttons) and the South China Sea inset. */
static GArray *
label_obstacles (PzZoneLayer      *self,
                 PzMapComposition *composition,
                 cairo_t          *cr,
                 const PzView     *view)
{
  GArray *boxes = pz_widget_child_boxes (self->furniture, GTK_WIDGET (self));
  double inset[4];

  for (guint i = 0; i < self->obstacles->len; i++)
    {
      PzBox box;

      if (pz_widget_get_box (g_ptr_array_index (self->obstacles, i), GTK_WIDGET (self), &box))
        g_array_append_val (boxes, box);
    }

  if (pz_map_composition_get_show_labels (composition))
    {
      PzBasemap *basemap = pz_database_get_basemap (pz_map_composition_get_database (composition));
      g_autoptr(GArray) markers = pz_zone_marker_boxes (view, pz_map_composition_get_zones (composition));
      g_autoptr(GArray) names = pz_basemap_layout_labels (basemap, cr, view, (PzBox *) markers->data, markers->len);

      for (guint i = 0; i < names->len; i++)
        g_array_append_val (boxes, g_array_index (names, PzProvinceLabel, i).box);
    }

  if (pz_sea_inset_get_frame (view, pz_map_composition_get_boundaries (composition),
                              view->height - PZ_SEA_INSET_SCREEN_BOTTOM, inset))
    {
      PzBox box = { inset[0], inset[1], inset[2], inset[3] };

      g_array_append_val (boxes, box);
    }
  return boxes;
}

static guint
pz_zone_layer_draw (PzOverlayLayer   *layer,
                    PzMapComposition *composition,
                    cairo_t          *cr,
                    const PzView     *view)
{
  PzZoneLayer *self = PZ_ZONE_LAYER (layer);
  GListModel *zones = pz_map_composition_get_zones (composition);
  const PzMapStyle *style = pz_map_composition_get_style (composition);

  PzBasemap *basemap = pz_database_get_basemap (pz_map_composition_get_database (composition));
  PzZone *selected = pz_map_composition_get_selected (composition);
  g_autoptr(GArray) obstacles = NULL;
  guint drawn;

  if (self->clusters != NULL)
    return pz_draw_zone_clusters (cr, view, zones, self->clusters, style);
  drawn = pz_draw_zones (cr, view, zones, selected, style);
  obstacles = label_obstacles (self, composition, cr, view);
  pz_draw_zone_labels (cr, view, zones, selected, basemap, (PzBox *) obstacles->data, obstacles->len, style);
  return drawn;
}

static void
pz_zone_layer_finalize (GObject *object)
{
  PzZoneLayer *self = (PzZoneLayer *)object;

  g_clear_pointer (&self->clusters, pz_cluster_index_free);
  g_clear_pointer (&self->obstacles, g_ptr_array_unref);

  G_OBJECT_CLASS (pz_zone_layer_parent_class)->finalize (object);
}

static void
pz_zone_layer_class_init (PzZoneLayerClass *klass)
{
  PzOverlayLayerClass *layer_class = PZ_OVERLAY_LAYER_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = pz_zone_layer_finalize;
  layer_class->update = pz_zone_layer_update;
  layer_class->draw = pz_zone_layer_draw;
}

static void
pz_zone_layer_init (PzZoneLayer *self)
{
  self->obstacles = g_ptr_array_new ();
}

PzZoneLayer *
pz_zone_layer_new (ShumateViewport *viewport)
{
  return g_object_new (PZ_TYPE_ZONE_LAYER, "viewport", viewport, NULL);
}

guint
pz_zone_layer_get_n_zones (PzZoneLayer *self)
{
  PzMapComposition *composition;

  g_return_val_if_fail (PZ_IS_ZONE_LAYER (self), 0);

  composition = pz_overlay_layer_get_composition (PZ_OVERLAY_LAYER (self));
  return composition != NULL ? g_list_model_get_n_items (pz_map_composition_get_zones (composition)) : 0;
}

/**
 * pz_zone_layer_zone_at:
 *
 * Returns: (transfer full) (nullable): the zone whose marker is at (@x, @y)
 *   in layer coordinates
 */
PzZone *
pz_zone_layer_zone_at (PzZoneLayer *self,
                       double       x,
                       double       y)
{
  g_autoptr(GPtrArray) zones = NULL;

  g_return_val_if_fail (PZ_IS_ZONE_LAYER (self), NULL);

  zones = pz_zone_layer_zones_at (self, x, y);
  return zones->len > 0 ? g_object_ref (g_ptr_array_index (zones, 0)) : NULL;
}

/**
 * pz_zone_layer_set_furniture:
 * @furniture: (nullable): the widget whose children sit over the map
 *
 * Zone names keep off the visible children of @furniture other than the
 * map itself.
 */
void
pz_zone_layer_set_furniture (PzZoneLayer *self,
                             GtkWidget   *furniture)
{
  g_return_if_fail (PZ_IS_ZONE_LAYER (self));

  self->furniture = furniture;
}

/**
 * pz_zone_layer_add_obstacle:
 * @widget: a widget over the map, e.g. its scale, that outlives the layer
 *
 * Zone names keep off @widget too.
 */
void
pz_zone_layer_add_obstacle (PzZoneLayer *self,
                            GtkWidget   *widget)
{
  g_return_if_fail (PZ_IS_ZONE_LAYER (self));

  g_ptr_array_add (self->obstacles, widget);
}

/**
 * pz_zone_layer_zones_at:
 *
 * Returns: (transfer full) (element-type PzZone): every zone whose marker
 *   is at (@x, @y), nearest first
 */
GPtrArray *
pz_zone_layer_zones_at (PzZoneLayer *self,
                        double       x,
                        double       y)
{
  PzMapComposition *composition;
  PzView view;

  g_return_val_if_fail (PZ_IS_ZONE_LAYER (self), NULL);

  composition = pz_overlay_layer_get_composition (PZ_OVERLAY_LAYER (self));
  if (composition == NULL || !gtk_widget_get_visible (GTK_WIDGET (self)))
    return g_ptr_array_new_with_free_func (g_object_unref);
  pz_overlay_layer_get_view (PZ_OVERLAY_LAYER (self), &view);
  return pz_zones_hit_all (&view, pz_map_composition_get_zones (composition), x, y);
}
