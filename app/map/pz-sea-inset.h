/* pz-sea-inset.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "pz-basemap.h"
#include "pz-map-style.h"
#include "pz-view.h"

G_BEGIN_DECLS

gboolean pz_sea_inset_get_frame (const PzView     *view,
                                 PzBoundaries      boundaries,
                                 double            bottom,
                                 double            frame[4]);
void     pz_sea_inset_draw_at   (PzBasemap        *basemap,
                                 cairo_t          *cr,
                                 const double      frame[4],
                                 double            scale,
                                 const PzMapStyle *style,
                                 PzBoundaries      boundaries);
gboolean pz_sea_inset_draw      (PzBasemap        *basemap,
                                 cairo_t          *cr,
                                 const PzView     *view,
                                 const PzMapStyle *style,
                                 PzBoundaries      boundaries,
                                 double            bottom);

G_END_DECLS
