/* pz-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a drawing function needs to know about its target: a window on the
 * Web Mercator world at one zoom. Screen frames, tiles and exported images
 * are all described this way, so they share one drawing path. */
typedef struct
{
  double zoom;
  double origin_x;  /* world pixel at @zoom of the top-left corner */
  double origin_y;
  double width;     /* logical pixels */
  double height;
  double scale;     /* device pixels per logical pixel */
} PzView;

void pz_view_init_centered   (PzView       *view,
                              double        latitude,
                              double        longitude,
                              double        zoom,
                              double        width,
                              double        height,
                              double        scale);
void pz_view_init_tile       (PzView       *view,
                              guint         x,
                              guint         y,
                              guint         zoom,
                              double        scale);
void pz_view_project         (const PzView *view,
                              double        latitude,
                              double        longitude,
                              double       *x,
                              double       *y);
void pz_view_project_unit    (const PzView *view,
                              double        unit_x,
                              double        unit_y,
                              double       *x,
                              double       *y);
void pz_view_get_unit_bounds (const PzView *view,
                              double       *min_x,
                              double       *min_y,
                              double       *max_x,
                              double       *max_y);
double pz_view_fit_zoom      (double        min_lat,
                              double        min_lon,
                              double        max_lat,
                              double        max_lon,
                              double        width,
                              double        height,
                              double        padding);

G_END_DECLS
