/* pz-sea-inset-layer.c
 *
 * The South China Sea inset on screen, over the zones, drawn by the
 * function exports use. Its content only changes with its size, style
 * and outline, so it is drawn once into an image and then painted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-sea-inset-layer"

#include "config.h"

#include "pz-sea-inset.h"
#include "pz-sea-inset-layer.h"

struct _PzSeaInsetLayer
{
  PzOverlayLayer    parent_instance;

  cairo_surface_t  *cache;
  double            cache_key[3];  /* width, height, scale */
  const PzMapStyle *cache_style;
  PzBoundaries      cache_boundaries;
};

G_DEFINE_FINAL_TYPE (PzSeaInsetLayer, pz_sea_inset_layer, PZ_TYPE_OVERLAY_LAYER)

static void
update_cache (PzSeaInsetLayer  *self,
              PzMapComposition *composition,
              const double      frame[4],
              double            scale)
{
  const PzMapStyle *style = pz_map_composition_get_style (composition);
  PzBoundaries boundaries = pz_map_composition_get_boundaries (composition);
  double inner[4] = { 1, 1, frame[2], frame[3] };
  cairo_t *cr;

  if (self->cache != NULL && self->cache_key[0] == frame[2] && self->cache_key[1] == frame[3] &&
      self->cache_key[2] == scale && self->cache_style == style && self->cache_boundaries == boundaries)
    return;

  g_clear_pointer (&self->cache, cairo_surface_destroy);
  self->cache = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil ((frame[2] + 2) * scale),
                                            (int) ceil ((frame[3] + 2) * scale));
  cairo_surface_set_device_scale (self->cache, scale, scale);
  cr = cairo_create (self->cache);
  pz_sea_inset_draw_at (pz_database_get_basemap (pz_map_composition_get_database (composition)),
                        cr, inner, scale, style, boundaries);
  cairo_destroy (cr);
  self->cache_key[0] = frame[2];
  self->cache_key[1] = frame[3];
  self->cache_key[2] = scale;
  self->cache_style = style;
  self->cache_boundaries = boundaries;
}

static guint
pz_sea_inset_layer_draw (PzOverlayLayer   *layer,
                         PzMapComposition *composition,
                         cairo_t          *cr,
                         const PzView     *view)
{
  PzSeaInsetLayer *self = PZ_SEA_INSET_LAYER (layer);
  double frame[4];

  if (!pz_sea_inset_get_frame (view, pz_map_composition_get_boundaries (composition),
                               view->height - PZ_SEA_INSET_SCREEN_BOTTOM, frame))
    return 0;

  update_cache (self, composition, frame, view->scale);
  cairo_set_source_surface (cr, self->cache, frame[0] - 1, frame[1] - 1);
  cairo_paint (cr);
  return 1;
}

static void
pz_sea_inset_layer_finalize (GObject *object)
{
  PzSeaInsetLayer *self = PZ_SEA_INSET_LAYER (object);

  g_clear_pointer (&self->cache, cairo_surface_destroy);

  G_OBJECT_CLASS (pz_sea_inset_layer_parent_class)->finalize (object);
}

static void
pz_sea_inset_layer_class_init (PzSeaInsetLayerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pz_sea_inset_layer_finalize;
  PZ_OVERLAY_LAYER_CLASS (klass)->draw = pz_sea_inset_layer_draw;
}

static void
pz_sea_inset_layer_init (PzSeaInsetLayer *self)
{
}

PzSeaInsetLayer *
pz_sea_inset_layer_new (ShumateViewport *viewport)
{
  return g_object_new (PZ_TYPE_SEA_INSET_LAYER, "viewport", viewport, NULL);
}
