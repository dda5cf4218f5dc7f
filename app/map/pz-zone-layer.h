/* pz-zone-layer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-overlay-layer.h"

G_BEGIN_DECLS

#define PZ_TYPE_ZONE_LAYER (pz_zone_layer_get_type())

G_DECLARE_FINAL_TYPE (PzZoneLayer, pz_zone_layer, PZ, ZONE_LAYER, PzOverlayLayer)

PzZoneLayer *pz_zone_layer_new         (ShumateViewport *viewport);
guint        pz_zone_layer_get_n_zones (PzZoneLayer     *self);
PzZone      *pz_zone_layer_zone_at     (PzZoneLayer     *self,
                                        double           x,
                                        double           y);

void         pz_zone_layer_set_furniture (PzZoneLayer *self,
                                          GtkWidget   *furniture);
void         pz_zone_layer_add_obstacle  (PzZoneLayer *self,
                                          GtkWidget   *widget);
GPtrArray   *pz_zone_layer_zones_at      (PzZoneLayer *self,
                                          double       x,
                                          double       y);

G_END_DECLS
