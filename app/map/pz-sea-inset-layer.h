/* pz-sea-inset-layer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-overlay-layer.h"

G_BEGIN_DECLS

#define PZ_TYPE_SEA_INSET_LAYER (pz_sea_inset_layer_get_type())

G_DECLARE_FINAL_TYPE (PzSeaInsetLayer, pz_sea_inset_layer, PZ, SEA_INSET_LAYER, PzOverlayLayer)

/* Room kept free under the inset for the map's licence line. */
#define PZ_SEA_INSET_SCREEN_BOTTOM 40.0

PzSeaInsetLayer *pz_sea_inset_layer_new (ShumateViewport *viewport);

G_END_DECLS
