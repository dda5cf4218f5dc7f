/* pz-province-layer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-overlay-layer.h"

G_BEGIN_DECLS

#define PZ_TYPE_PROVINCE_LAYER (pz_province_layer_get_type())

G_DECLARE_FINAL_TYPE (PzProvinceLayer, pz_province_layer, PZ, PROVINCE_LAYER, PzOverlayLayer)

PzProvinceLayer *pz_province_layer_new         (ShumateViewport *viewport);
const char      *pz_province_layer_province_at (PzProvinceLayer *self,
                                                double           x,
                                                double           y);

G_END_DECLS
