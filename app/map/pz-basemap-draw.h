/* pz-basemap-draw.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "pz-basemap.h"
#include "pz-choropleth.h"
#include "pz-label-placer.h"
#include "pz-map-style.h"
#include "pz-view.h"

G_BEGIN_DECLS

/* A province name placed in a view. */
typedef struct
{
  guint shape;  /* index in PZ_BASEMAP_PROVINCES */
  PzBox box;
} PzProvinceLabel;

void             pz_basemap_draw            (PzBasemap          *self,
                                             cairo_t            *cr,
                                             const PzView       *view,
                                             const PzMapStyle   *style,
                                             PzBoundaries        boundaries);
const char      *pz_basemap_province_at     (PzBasemap          *self,
                                             const PzView       *view,
                                             double              x,
                                             double              y);
void             pz_basemap_draw_choropleth (PzBasemap          *self,
                                             cairo_t            *cr,
                                             const PzView       *view,
                                             const PzChoropleth *choropleth,
                                             const PzMapStyle   *style);
gboolean         pz_basemap_append_province (PzBasemap          *self,
                                             cairo_t            *cr,
                                             const PzView       *view,
                                             const char         *code);
GArray          *pz_basemap_layout_labels   (PzBasemap          *self,
                                             cairo_t            *cr,
                                             const PzView       *view,
                                             const PzBox        *avoid,
                                             guint               n_avoid);
void             pz_basemap_draw_labels     (PzBasemap          *self,
                                             cairo_t            *cr,
                                             const PzView       *view,
                                             const PzMapStyle   *style,
                                             const PzBox        *avoid,
                                             guint               n_avoid);
cairo_surface_t *pz_basemap_render_tile     (PzBasemap          *self,
                                             guint               x,
                                             guint               y,
                                             guint               zoom,
                                             double              scale,
                                             const PzMapStyle   *style,
                                             PzBoundaries        boundaries);

G_END_DECLS
