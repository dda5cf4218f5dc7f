/* pz-park-draw.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "pz-map-style.h"
#include "pz-park.h"
#include "pz-view.h"

G_BEGIN_DECLS

guint   pz_draw_parks      (cairo_t          *cr,
                            const PzView     *view,
                            GListModel       *parks,
                            GListModel       *zones,
                            const PzMapStyle *style);
PzPark *pz_parks_hit_test  (const PzView     *view,
                            GListModel       *parks,
                            GListModel       *zones,
                            double            x,
                            double            y);
void    pz_draw_park_symbol (cairo_t          *cr,
                             double            x,
                             double            y,
                             double            size,
                             gboolean          approximate,
                             const PzMapStyle *style);

G_END_DECLS
