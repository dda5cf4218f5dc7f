/* pz-help.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *pz_help_uri  (const char *page);
void  pz_help_show (GtkWidget  *widget,
                    const char *page);

G_END_DECLS
