/* pz-park-layer.c
 *
 * The industrial parks of the zones a composition shows, under the zone
 * markers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-park-layer"

#include "config.h"

#include "pz-park-draw.h"
#include "pz-park-layer.h"

struct _PzParkLayer
{
  PzOverlayLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (PzParkLayer, pz_park_layer, PZ_TYPE_OVERLAY_LAYER)

static guint
pz_park_layer_draw (PzOverlayLayer   *layer,
                    PzMapComposition *composition,
                    cairo_t          *cr,
                    const PzView     *view)
{
  GListModel *parks = pz_map_composition_get_parks (composition);

  if (parks == NULL)
    return 0;
  return pz_draw_parks (cr, view, parks, pz_map_composition_get_zones (composition),
                        pz_map_composition_get_style (composition));
}

static void
pz_park_layer_class_init (PzParkLayerClass *klass)
{
  PZ_OVERLAY_LAYER_CLASS (klass)->draw = pz_park_layer_draw;
}

static void
pz_park_layer_init (PzParkLayer *self)
{
}

PzParkLayer *
pz_park_layer_new (ShumateViewport *viewport)
{
  return g_object_new (PZ_TYPE_PARK_LAYER, "viewport", viewport, NULL);
}

/**
 * pz_park_layer_park_at:
 *
 * Returns: (transfer full) (nullable): the park whose symbol is at (@x, @y)
 */
PzPark *
pz_park_layer_park_at (PzParkLayer *self,
                       double       x,
                       double       y)
{
  PzMapComposition *composition;
  GListModel *parks;
  PzView view;

  g_return_val_if_fail (PZ_IS_PARK_LAYER (self), NULL);

  composition = pz_overlay_layer_get_composition (PZ_OVERLAY_LAYER (self));
  if (composition == NULL || !(parks = pz_map_composition_get_parks (composition)))
    return NULL;
  pz_overlay_layer_get_view (PZ_OVERLAY_LAYER (self), &view);
  return pz_parks_hit_test (&view, parks, pz_map_composition_get_zones (composition), x, y);
}
