/* pz-export-dialog-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-export-dialog.h"

G_BEGIN_DECLS

/* Exports with the dialog's settings to @file, as after the file dialog;
 * for tests, which cannot drive a portal. */
gboolean _pz_export_dialog_export_to (PzExportDialog  *self,
                                      GFile           *file,
                                      GError         **error);

G_END_DECLS
