/* pz-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pz-database.h"
#include "pz-user-database.h"

G_BEGIN_DECLS

#define PZ_TYPE_WINDOW (pz_window_get_type())

G_DECLARE_FINAL_TYPE (PzWindow, pz_window, PZ, WINDOW, AdwApplicationWindow)

PzWindow   *pz_window_new          (GtkApplication *application,
                                    PzDatabase     *database);
PzDatabase *pz_window_get_database (PzWindow       *self);
void        pz_window_set_user_database (PzWindow       *self,
                                         PzUserDatabase *user_database);
PzUserDatabase *pz_window_get_user_database (PzWindow   *self);

G_END_DECLS
