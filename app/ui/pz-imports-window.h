/* pz-imports-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pz-user-database.h"

G_BEGIN_DECLS

#define PZ_TYPE_IMPORTS_WINDOW (pz_imports_window_get_type())

G_DECLARE_FINAL_TYPE (PzImportsWindow, pz_imports_window, PZ, IMPORTS_WINDOW, AdwWindow)

GtkWidget *pz_imports_window_new         (GtkWindow      *parent,
                                          PzUserDatabase *user_database);
int        pz_days_ago                   (GDateTime      *when,
                                          GDateTime      *now);
char      *pz_format_import_date         (GDateTime      *imported,
                                          GDateTime      *now);

G_END_DECLS
