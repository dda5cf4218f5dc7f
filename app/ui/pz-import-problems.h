/* pz-import-problems.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

char      *pz_format_count                  (guint       n);
char      *pz_import_problems_describe      (guint       n_listed,
                                             guint       n_left_out);

G_END_DECLS
