/* pz-basemap.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "pz-choropleth.h"
#include "pz-geometry.h"
#include "pz-map-style.h"
#include "pz-view.h"

G_BEGIN_DECLS

typedef enum
{
  PZ_BASEMAP_LAND_COARSE,
  PZ_BASEMAP_LAND_FINE,
  PZ_BASEMAP_BORDERS_COARSE,
  PZ_BASEMAP_BORDERS_FINE,
  PZ_BASEMAP_PROVINCES,
  PZ_BASEMAP_N_LAYERS
} PzBasemapLayer;

#define PZ_TYPE_BASEMAP (pz_basemap_get_type())

G_DECLARE_FINAL_TYPE (PzBasemap, pz_basemap, PZ, BASEMAP, GObject)

PzBasemap       *pz_basemap_new          (void);
void             pz_basemap_add          (PzBasemap        *self,
                                          PzBasemapLayer    layer,
                                          PzGeometry       *geometry,
                                          const char       *code,
                                          const char       *name_zh,
                                          const char       *name_en,
                                          double            label_latitude,
                                          double            label_longitude);
guint            pz_basemap_get_n_shapes (PzBasemap        *self,
                                          PzBasemapLayer    layer);
void             pz_basemap_draw         (PzBasemap        *self,
                                          cairo_t          *cr,
                                          const PzView     *view,
                                          const PzMapStyle *style);
gboolean         pz_basemap_get_province_bounds (PzBasemap  *self,
                                                 const char *code,
                                                 double      bounds[4]);
const char      *pz_basemap_get_province_name   (PzBasemap  *self,
                                                 const char *code);
const char      *pz_basemap_province_at         (PzBasemap    *self,
                                                 const PzView *view,
                                                 double        x,
                                                 double        y);
void             pz_basemap_draw_choropleth     (PzBasemap          *self,
                                                 cairo_t            *cr,
                                                 const PzView       *view,
                                                 const PzChoropleth *choropleth,
                                                 const PzMapStyle   *style);
void             pz_basemap_draw_labels  (PzBasemap        *self,
                                          cairo_t          *cr,
                                          const PzView     *view,
                                          const PzMapStyle *style);
cairo_surface_t *pz_basemap_render_tile  (PzBasemap        *self,
                                          guint             x,
                                          guint             y,
                                          guint             zoom,
                                          double            scale,
                                          const PzMapStyle *style);

G_END_DECLS
