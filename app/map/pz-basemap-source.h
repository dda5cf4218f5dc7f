/* pz-basemap-source.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "pz-basemap-draw.h"

G_BEGIN_DECLS

#define PZ_TYPE_BASEMAP_SOURCE (pz_basemap_source_get_type())

G_DECLARE_FINAL_TYPE (PzBasemapSource, pz_basemap_source, PZ, BASEMAP_SOURCE, ShumateMapSource)

PzBasemapSource *pz_basemap_source_new (PzBasemap        *basemap,
                                        const PzMapStyle *style,
                                        PzBoundaries      boundaries,
                                        int               scale_factor);
guint            pz_basemap_source_get_pending (PzBasemapSource *self);
guint            pz_basemap_source_rest        (PzBasemapSource *self,
                                                ShumateViewport *viewport,
                                                int              width,
                                                int              height);

G_END_DECLS
