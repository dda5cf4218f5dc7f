/* pz-import-problems.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

char      *pz_import_problems_describe      (guint       n_listed,
                                             guint       n_left_out);
GtkWidget *pz_import_problem_list_new       (void);
void       pz_import_problem_list_set_model (GtkWidget  *list,
                                             GListModel *problems);
GtkWidget *pz_import_problems_window_new    (GtkWindow  *parent,
                                             const char *file_name,
                                             GListModel *problems,
                                             guint       n_left_out);

G_END_DECLS
