/* pz-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pz-database.h"
#include "pz-map-view.h"
#include "pz-timeline-bar.h"
#include "pz-user-database.h"
#include "pz-zone-details.h"

G_BEGIN_DECLS

#define PZ_TYPE_WINDOW (pz_window_get_type())

G_DECLARE_FINAL_TYPE (PzWindow, pz_window, PZ, WINDOW, AdwApplicationWindow)

PzWindow   *pz_window_new          (GtkApplication *application,
                                    PzDatabase     *database);
PzDatabase *pz_window_get_database (PzWindow       *self);
void        pz_window_set_user_database (PzWindow       *self,
                                         PzUserDatabase *user_database);
PzUserDatabase *pz_window_get_user_database (PzWindow   *self);
PzMapView      *pz_window_get_map_view      (PzWindow   *self);
PzTimelineBar  *pz_window_get_timeline_bar  (PzWindow   *self);
PzZoneDetails  *pz_window_get_details       (PzWindow   *self);
PzZone         *pz_window_get_selected      (PzWindow   *self);
void            pz_window_export            (PzWindow   *self,
                                             gboolean    data);
char           *pz_window_dup_view_uri      (PzWindow   *self);
gboolean        pz_window_open_view_uri     (PzWindow   *self,
                                             const char *uri,
                                             GError    **error);
GtkWidget      *pz_window_import_file       (PzWindow   *self,
                                             GFile      *file);

G_END_DECLS
