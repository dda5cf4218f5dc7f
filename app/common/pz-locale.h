/* pz-locale.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    pz_locale_prefers_chinese (void);
gboolean    pz_locale_uses_miles      (void);
char       *pz_locale_format_count    (guint       n);
const char *pz_locale_pick            (const char *name_zh,
                                       const char *name_en);

G_END_DECLS
