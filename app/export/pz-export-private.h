/* pz-export-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-export.h"

G_BEGIN_DECLS

GFileOutputStream *_pz_export_open  (GFile              *file,
                                     gboolean            overwrite,
                                     GError            **error);
gboolean           _pz_export_close (GFileOutputStream  *stream,
                                     GFile              *file,
                                     GError             *write_error,
                                     GError            **error);
gboolean           _pz_export_fail  (GError            **error,
                                     GError             *local_error,
                                     GFile              *file);

G_END_DECLS
