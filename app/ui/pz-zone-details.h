/* pz-zone-details.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pz-database.h"
#include "pz-user-database.h"
#include "pz-zone.h"

G_BEGIN_DECLS

#define PZ_TYPE_ZONE_DETAILS (pz_zone_details_get_type())

G_DECLARE_FINAL_TYPE (PzZoneDetails, pz_zone_details, PZ, ZONE_DETAILS, GtkWidget)

PzZone *pz_zone_details_get_zone    (PzZoneDetails *self);
void    pz_zone_details_set_zone    (PzZoneDetails *self,
                                     PzZone        *zone);
void    pz_zone_details_set_batches (PzZoneDetails *self,
                                     GListModel    *batches);
void    pz_zone_details_set_zones   (PzZoneDetails *self,
                                     GListModel    *zones);
void    pz_zone_details_set_parks   (PzZoneDetails *self,
                                     GListModel    *parks);
void    pz_zone_details_set_indicators (PzZoneDetails *self,
                                        PzDatabase    *database);
void    pz_zone_details_set_user_database (PzZoneDetails  *self,
                                           PzUserDatabase *user_database);

gboolean pz_zone_details_show_park (PzZoneDetails *self,
                                   const char    *park_id);

G_END_DECLS
