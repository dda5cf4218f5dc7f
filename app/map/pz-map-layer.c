/* pz-map-layer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-map-layer"

#include "config.h"

#include "pz-map-layer.h"
#include "pz-park-draw.h"
#include "pz-projection.h"
#include "pz-zone-draw.h"

struct _PzMapLayer
{
  ShumateLayer      parent_instance;

  PzMapLayerKind    kind;
  GListModel       *zones;
  GListModel       *parks;
  PzBasemap        *basemap;
  PzZone           *selected;
  PzChoropleth     *choropleth;
  gboolean          show_labels;
  PzClusterIndex   *clusters;  /* built when there are many zones */
  const PzMapStyle *style;
  guint             n_drawn;
};

G_DEFINE_FINAL_TYPE (PzMapLayer, pz_map_layer, SHUMATE_TYPE_LAYER)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * pz_map_layer_get_view:
 *
 * Describes what the layer shows now, in the terms the shared drawing
 * functions take.
 */
void
pz_map_layer_get_view (PzMapLayer *self,
                       PzView     *view)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));

  pz_view_init_centered (view,
                         shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                         shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                         shumate_viewport_get_zoom_level (viewport),
                         gtk_widget_get_width (GTK_WIDGET (self)),
                         gtk_widget_get_height (GTK_WIDGET (self)),
                         gtk_widget_get_scale_factor (GTK_WIDGET (self)));
}

static void
pz_map_layer_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  PzMapLayer *self = PZ_MAP_LAYER (widget);
  cairo_t *cr;
  PzView view;

  pz_map_layer_get_view (self, &view);
  if (view.width <= 0 || view.height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, view.width, view.height));
  if (self->kind == PZ_MAP_LAYER_ZONES && self->clusters != NULL)
    self->n_drawn = pz_draw_zone_clusters (cr, &view, self->zones, self->clusters, self->style);
  else if (self->kind == PZ_MAP_LAYER_ZONES)
    self->n_drawn = pz_draw_zones (cr, &view, self->zones, self->selected, self->style);
  else if (self->kind == PZ_MAP_LAYER_PARKS)
    self->n_drawn = pz_draw_parks (cr, &view, self->parks, self->zones, self->style);
  else
    {
      if (self->choropleth != NULL)
        pz_basemap_draw_choropleth (self->basemap, cr, &view, self->choropleth, self->style);
      if (self->show_labels)
        pz_basemap_draw_labels (self->basemap, cr, &view, self->style);
    }
  cairo_destroy (cr);
}

static void
pz_map_layer_constructed (GObject *object)
{
  PzMapLayer *self = (PzMapLayer *)object;
  ShumateViewport *viewport;
  static const char * const signals[] = {
    "notify::latitude", "notify::longitude", "notify::zoom-level", "notify::rotation",
  };

  G_OBJECT_CLASS (pz_map_layer_parent_class)->constructed (object);

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_connect_object (viewport, signals[i],
                             G_CALLBACK (gtk_widget_queue_draw), self,
                             G_CONNECT_SWAPPED);
}

static void
pz_map_layer_dispose (GObject *object)
{
  PzMapLayer *self = (PzMapLayer *)object;

  g_clear_object (&self->zones);
  g_clear_object (&self->parks);
  g_clear_object (&self->basemap);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->choropleth, pz_choropleth_unref);
  g_clear_pointer (&self->clusters, pz_cluster_index_free);

  G_OBJECT_CLASS (pz_map_layer_parent_class)->dispose (object);
}

static void
pz_map_layer_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PzMapLayer *self = PZ_MAP_LAYER (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_map_layer_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PzMapLayer *self = PZ_MAP_LAYER (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      pz_map_layer_set_selected (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_map_layer_class_init (PzMapLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pz_map_layer_constructed;
  object_class->dispose = pz_map_layer_dispose;
  object_class->get_property = pz_map_layer_get_property;
  object_class->set_property = pz_map_layer_set_property;

  widget_class->snapshot = pz_map_layer_snapshot;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, PZ_TYPE_ZONE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pz_map_layer_init (PzMapLayer *self)
{
  self->style = pz_map_style_get (FALSE);
  self->show_labels = TRUE;
  /* Drawing only: clicks and drags belong to the map, which asks the
   * layer what is under the pointer. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

/* Every zone is drawn while they are few; past this, overlapping ones
 * are clustered so that a frame stays within its 16 ms. */
#define CLUSTER_THRESHOLD 1000
#define CLUSTER_RADIUS 40.0
#define CLUSTER_MAX_ZOOM 16

/* Rebuilt once per change of the zones, never per frame. */
static void
zones_changed (PzMapLayer *self)
{
  guint n = g_list_model_get_n_items (self->zones);
  g_autofree double *xs = NULL;
  g_autofree double *ys = NULL;

  g_clear_pointer (&self->clusters, pz_cluster_index_free);
  if (n > CLUSTER_THRESHOLD)
    {
      xs = g_new (double, n);
      ys = g_new (double, n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PzZone) zone = g_list_model_get_item (self->zones, i);

          xs[i] = pz_mercator_x (pz_zone_get_longitude (zone));
          ys[i] = pz_mercator_y (pz_zone_get_latitude (zone));
        }
      self->clusters = pz_cluster_index_new (xs, ys, n, CLUSTER_RADIUS, CLUSTER_MAX_ZOOM);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * pz_map_layer_new_zones:
 * @zones: a #GListModel of #PzZone
 */
PzMapLayer *
pz_map_layer_new_zones (ShumateViewport *viewport,
                        GListModel      *zones)
{
  PzMapLayer *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (zones), NULL);

  self = g_object_new (PZ_TYPE_MAP_LAYER, "viewport", viewport, NULL);
  self->kind = PZ_MAP_LAYER_ZONES;
  self->zones = g_object_ref (zones);
  g_signal_connect_object (zones, "items-changed",
                           G_CALLBACK (zones_changed), self,
                           G_CONNECT_SWAPPED);
  zones_changed (self);
  return self;
}

/**
 * pz_map_layer_new_parks:
 * @parks: a #GListModel of #PzPark
 * @zones: the zones shown; the parks of other zones are hidden
 */
PzMapLayer *
pz_map_layer_new_parks (ShumateViewport *viewport,
                        GListModel      *parks,
                        GListModel      *zones)
{
  PzMapLayer *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (parks), NULL);

  self = g_object_new (PZ_TYPE_MAP_LAYER, "viewport", viewport, NULL);
  self->kind = PZ_MAP_LAYER_PARKS;
  self->parks = g_object_ref (parks);
  self->zones = g_object_ref (zones);
  g_signal_connect_object (zones, "items-changed",
                           G_CALLBACK (gtk_widget_queue_draw), self,
                           G_CONNECT_SWAPPED);
  return self;
}

PzMapLayer *
pz_map_layer_new_provinces (ShumateViewport *viewport,
                         PzBasemap       *basemap)
{
  PzMapLayer *self;

  g_return_val_if_fail (PZ_IS_BASEMAP (basemap), NULL);

  self = g_object_new (PZ_TYPE_MAP_LAYER, "viewport", viewport, NULL);
  self->kind = PZ_MAP_LAYER_PROVINCES;
  self->basemap = g_object_ref (basemap);
  return self;
}

void
pz_map_layer_set_style (PzMapLayer       *self,
                        const PzMapStyle *style)
{
  g_return_if_fail (PZ_IS_MAP_LAYER (self));

  self->style = style;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * pz_map_layer_get_selected:
 *
 * Returns: (transfer none) (nullable): the highlighted zone
 */
PzZone *
pz_map_layer_get_selected (PzMapLayer *self)
{
  g_return_val_if_fail (PZ_IS_MAP_LAYER (self), NULL);

  return self->selected;
}

void
pz_map_layer_set_selected (PzMapLayer *self,
                           PzZone     *zone)
{
  g_return_if_fail (PZ_IS_MAP_LAYER (self));
  g_return_if_fail (zone == NULL || PZ_IS_ZONE (zone));

  if (g_set_object (&self->selected, zone))
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
    }
}

/* Markers drawn in the last frame: what a user actually sees. */
guint
pz_map_layer_get_n_drawn (PzMapLayer *self)
{
  g_return_val_if_fail (PZ_IS_MAP_LAYER (self), 0);

  return self->n_drawn;
}

guint
pz_map_layer_get_n_zones (PzMapLayer *self)
{
  g_return_val_if_fail (PZ_IS_MAP_LAYER (self), 0);

  if (self->kind == PZ_MAP_LAYER_PARKS)
    return g_list_model_get_n_items (self->parks);
  return self->zones != NULL ? g_list_model_get_n_items (self->zones) : 0;
}

/**
 * pz_map_layer_zone_at:
 *
 * Returns: (transfer full) (nullable): the zone whose marker is at (@x, @y)
 *   in layer coordinates
 */
PzZone *
pz_map_layer_zone_at (PzMapLayer *self,
                      double      x,
                      double      y)
{
  PzView view;

  g_return_val_if_fail (PZ_IS_MAP_LAYER (self), NULL);

  if (self->kind != PZ_MAP_LAYER_ZONES)
    return NULL;

  pz_map_layer_get_view (self, &view);
  return pz_zones_hit_test (&view, self->zones, x, y);
}

/**
 * pz_map_layer_park_at:
 *
 * Returns: (transfer full) (nullable): the park whose symbol is at (@x, @y)
 */
PzPark *
pz_map_layer_park_at (PzMapLayer *self,
                      double      x,
                      double      y)
{
  PzView view;

  g_return_val_if_fail (PZ_IS_MAP_LAYER (self), NULL);

  if (self->kind != PZ_MAP_LAYER_PARKS || !gtk_widget_get_visible (GTK_WIDGET (self)))
    return NULL;

  pz_map_layer_get_view (self, &view);
  return pz_parks_hit_test (&view, self->parks, self->zones, x, y);
}

/**
 * pz_map_layer_set_choropleth:
 * @choropleth: (nullable): province values to fill by, or %NULL for none
 *
 * Only for a province layer.
 */
void
pz_map_layer_set_choropleth (PzMapLayer   *self,
                             PzChoropleth *choropleth)
{
  g_return_if_fail (PZ_IS_MAP_LAYER (self));
  g_return_if_fail (self->kind == PZ_MAP_LAYER_PROVINCES);

  if (choropleth != NULL)
    pz_choropleth_ref (choropleth);
  g_clear_pointer (&self->choropleth, pz_choropleth_unref);
  self->choropleth = choropleth;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * pz_map_layer_province_at:
 *
 * Returns: (nullable): the code of the province under (@x, @y)
 */
const char *
pz_map_layer_province_at (PzMapLayer *self,
                          double      x,
                          double      y)
{
  PzView view;

  g_return_val_if_fail (PZ_IS_MAP_LAYER (self), NULL);
  g_return_val_if_fail (self->kind == PZ_MAP_LAYER_PROVINCES, NULL);

  pz_map_layer_get_view (self, &view);
  return pz_basemap_province_at (self->basemap, &view, x, y);
}

void
pz_map_layer_set_show_labels (PzMapLayer *self,
                              gboolean    show_labels)
{
  g_return_if_fail (PZ_IS_MAP_LAYER (self));

  self->show_labels = show_labels;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
