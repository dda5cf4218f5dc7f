/* pz-import-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pz-csv.h"
#include "pz-database.h"
#include "pz-user-database.h"

G_BEGIN_DECLS

#define PZ_TYPE_IMPORT_DIALOG (pz_import_dialog_get_type())

G_DECLARE_FINAL_TYPE (PzImportDialog, pz_import_dialog, PZ, IMPORT_DIALOG, AdwWindow)

GtkWidget *pz_import_dialog_new     (GtkWindow      *parent,
                                     PzDatabase     *database,
                                     PzUserDatabase *user_database,
                                     GFile          *file,
                                     PzCsv          *head);
gboolean   pz_import_dialog_is_busy (PzImportDialog *self);

G_END_DECLS
