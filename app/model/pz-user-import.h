/* pz-user-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PZ_TYPE_IMPORT (pz_import_get_type())

G_DECLARE_FINAL_TYPE (PzImport, pz_import, PZ, IMPORT, GObject)

PzImport   *pz_import_new           (gint64      id,
                                     const char *file_name,
                                     GDateTime  *imported,
                                     guint       n_rows,
                                     const char *sha256);
gint64      pz_import_get_id        (PzImport   *self);
const char *pz_import_get_file_name (PzImport   *self);
GDateTime  *pz_import_get_imported  (PzImport   *self);
guint       pz_import_get_n_rows    (PzImport   *self);
const char *pz_import_get_sha256    (PzImport   *self);

G_END_DECLS
