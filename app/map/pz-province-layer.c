/* pz-province-layer.c
 *
 * China's provinces over the base map: their fill by the composition's
 * province values, and their names. Names are drawn here rather than in
 * the tiles so that they stay crisp at fractional zoom levels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-province-layer"

#include "config.h"

#include "pz-basemap-draw.h"
#include "pz-province-layer.h"
#include "pz-zone-labels.h"

struct _PzProvinceLayer
{
  PzOverlayLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (PzProvinceLayer, pz_province_layer, PZ_TYPE_OVERLAY_LAYER)

static PzBasemap *
get_basemap (PzMapComposition *composition)
{
  return pz_database_get_basemap (pz_map_composition_get_database (composition));
}

static guint
pz_province_layer_draw (PzOverlayLayer   *layer,
                        PzMapComposition *composition,
                        cairo_t          *cr,
                        const PzView     *view)
{
  PzChoropleth *choropleth = pz_map_composition_get_choropleth (composition);
  const PzMapStyle *style = pz_map_composition_get_style (composition);

  if (choropleth != NULL)
    pz_basemap_draw_choropleth (get_basemap (composition), cr, view, choropleth, style);
  if (pz_map_composition_get_show_labels (composition))
    {
      /* Names give way to the zone markers drawn over them. */
      g_autoptr(GArray) markers = choropleth == NULL
        ? pz_zone_marker_boxes (view, pz_map_composition_get_zones (composition)) : NULL;

      pz_basemap_draw_labels (get_basemap (composition), cr, view, style,
                              markers != NULL ? (PzBox *) markers->data : NULL, markers != NULL ? markers->len : 0);
    }
  return 0;
}

static void
pz_province_layer_class_init (PzProvinceLayerClass *klass)
{
  PZ_OVERLAY_LAYER_CLASS (klass)->draw = pz_province_layer_draw;
}

static void
pz_province_layer_init (PzProvinceLayer *self)
{
}

PzProvinceLayer *
pz_province_layer_new (ShumateViewport *viewport)
{
  return g_object_new (PZ_TYPE_PROVINCE_LAYER, "viewport", viewport, NULL);
}

/**
 * pz_province_layer_province_at:
 *
 * Returns: (nullable): the code of the province under (@x, @y)
 */
const char *
pz_province_layer_province_at (PzProvinceLayer *self,
                               double           x,
                               double           y)
{
  PzMapComposition *composition;
  PzView view;

  g_return_val_if_fail (PZ_IS_PROVINCE_LAYER (self), NULL);

  composition = pz_overlay_layer_get_composition (PZ_OVERLAY_LAYER (self));
  if (composition == NULL)
    return NULL;
  pz_overlay_layer_get_view (PZ_OVERLAY_LAYER (self), &view);
  return pz_basemap_province_at (get_basemap (composition), &view, x, y);
}
