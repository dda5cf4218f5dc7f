/* pz-zone-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pz-zone-filter.h"

G_BEGIN_DECLS

#define PZ_TYPE_ZONE_LIST (pz_zone_list_get_type())

G_DECLARE_FINAL_TYPE (PzZoneList, pz_zone_list, PZ, ZONE_LIST, GtkWidget)

void      pz_zone_list_set_model  (PzZoneList         *self,
                                   GtkSelectionModel  *selection,
                                   PzZoneFilter       *filter);
void      pz_zone_list_scroll_to  (PzZoneList         *self,
                                   guint               position);
gboolean  pz_zone_list_is_empty   (PzZoneList         *self);

G_END_DECLS
