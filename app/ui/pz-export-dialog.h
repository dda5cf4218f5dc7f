/* pz-export-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pz-map-composition.h"

G_BEGIN_DECLS

#define PZ_TYPE_EXPORT_DIALOG (pz_export_dialog_get_type())

G_DECLARE_FINAL_TYPE (PzExportDialog, pz_export_dialog, PZ, EXPORT_DIALOG, AdwWindow)

GtkWidget *pz_export_dialog_new (GtkWindow        *parent,
                                 PzMapComposition *map,
                                 int               window_width,
                                 int               window_height,
                                 gboolean          data);

G_END_DECLS
