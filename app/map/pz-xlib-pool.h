/* pz-xlib-pool.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pz_xlib_pool_keep (GtkWidget *widget);

G_END_DECLS
