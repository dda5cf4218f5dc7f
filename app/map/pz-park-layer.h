/* pz-park-layer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-overlay-layer.h"
#include "pz-park.h"

G_BEGIN_DECLS

#define PZ_TYPE_PARK_LAYER (pz_park_layer_get_type())

G_DECLARE_FINAL_TYPE (PzParkLayer, pz_park_layer, PZ, PARK_LAYER, PzOverlayLayer)

PzParkLayer *pz_park_layer_new     (ShumateViewport *viewport);
PzPark      *pz_park_layer_park_at (PzParkLayer     *self,
                                    double           x,
                                    double           y);

G_END_DECLS
