/* pz-table-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pz-database.h"
#include "pz-user-database.h"

G_BEGIN_DECLS

#define PZ_TYPE_TABLE_VIEW (pz_table_view_get_type())

G_DECLARE_FINAL_TYPE (PzTableView, pz_table_view, PZ, TABLE_VIEW, GtkWidget)

void        pz_table_view_set_model         (PzTableView    *self,
                                             PzDatabase     *database,
                                             GListModel     *zones);
void        pz_table_view_set_user_database (PzTableView    *self,
                                             PzUserDatabase *user_database);
gboolean    pz_table_view_get_provinces     (PzTableView    *self);
void        pz_table_view_set_provinces     (PzTableView    *self,
                                             gboolean        provinces);
GtkSelectionModel *pz_table_view_get_rows   (PzTableView    *self);
gboolean    pz_table_view_sort_by           (PzTableView    *self,
                                             const char     *title,
                                             GtkSortType     order);
char       *pz_table_view_dup_cell          (PzTableView    *self,
                                             guint           row,
                                             const char     *title);
char       *pz_table_view_dup_selected_text (PzTableView    *self);
char      **pz_table_view_dup_selected_ids  (PzTableView    *self);

G_END_DECLS
