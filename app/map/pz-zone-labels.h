/* pz-zone-labels.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "pz-basemap.h"
#include "pz-label-placer.h"
#include "pz-map-style.h"
#include "pz-view.h"
#include "pz-zone.h"

G_BEGIN_DECLS

/* A zone's label as placed for one view. */
typedef struct
{
  PzLabel  label;
  guint    position;  /* of the zone in the zones model */
  char    *text;
} PzZoneLabel;

int     pz_zone_label_priority (PzBasemap        *basemap,
                                PzZone           *zone,
                                gboolean          selected);
GArray *pz_zone_marker_boxes   (const PzView     *view,
                                GListModel       *zones);
GArray *pz_zone_labels_layout  (cairo_t          *cr,
                                const PzView     *view,
                                GListModel       *zones,
                                PzZone           *selected,
                                PzBasemap        *basemap,
                                const PzBox      *obstacles,
                                guint             n_obstacles);
guint   pz_draw_zone_labels    (cairo_t          *cr,
                                const PzView     *view,
                                GListModel       *zones,
                                PzZone           *selected,
                                PzBasemap        *basemap,
                                const PzBox      *obstacles,
                                guint             n_obstacles,
                                const PzMapStyle *style);

G_END_DECLS
