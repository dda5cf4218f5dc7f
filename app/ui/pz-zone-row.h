/* pz-zone-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pz-zone.h"

G_BEGIN_DECLS

#define PZ_TYPE_ZONE_ROW (pz_zone_row_get_type())

G_DECLARE_FINAL_TYPE (PzZoneRow, pz_zone_row, PZ, ZONE_ROW, GtkWidget)

PzZone *pz_zone_row_get_zone (PzZoneRow *self);
void    pz_zone_row_set_zone (PzZoneRow *self,
                              PzZone    *zone);

G_END_DECLS
