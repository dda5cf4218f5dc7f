/* pz-export-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-export.h"

G_BEGIN_DECLS

gboolean  _pz_export_check_target (GFile   *file,
                                   gboolean overwrite,
                                   GError **error);
gboolean  _pz_export_write (GFile          *file,
                            const guint8   *data,
                            gsize           size,
                            gboolean        overwrite,
                            GError        **error);
gboolean  _pz_export_fail  (GError        **error,
                            GError         *local_error,
                            GFile          *file);

G_END_DECLS
