/* pz-file-chooser.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Called with the chosen file, or not at all when the user cancels. */
typedef void (*PzFileChosenFunc) (GFile    *file,
                                  gpointer  user_data);

void pz_choose_file (GtkWindow        *parent,
                     gboolean          save,
                     const char       *title,
                     const char       *initial_name,
                     PzFileChosenFunc  callback,
                     gpointer          user_data,
                     GDestroyNotify    destroy);

G_END_DECLS
