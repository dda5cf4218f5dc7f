/* pz-window-private.h
 *
 * What tests may look at inside the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-map-layer.h"
#include "pz-window.h"
#include "pz-zone-details.h"

G_BEGIN_DECLS

PzMapLayer    *_pz_window_get_zone_layer (PzWindow *self);
PzZoneDetails *_pz_window_get_details    (PzWindow *self);
PzZone        *_pz_window_get_selected   (PzWindow *self);

G_END_DECLS
