/* pz-enterprise-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pz-user-enterprises.h"

G_BEGIN_DECLS

#define PZ_TYPE_ENTERPRISE_LIST (pz_enterprise_list_get_type())

G_DECLARE_FINAL_TYPE (PzEnterpriseList, pz_enterprise_list, PZ, ENTERPRISE_LIST, AdwWindow)

GtkWidget  *pz_enterprise_list_new        (GtkWindow        *parent,
                                           PzUserDatabase   *user_database,
                                           GListModel       *zones,
                                           gint64            import_id);
GListModel *pz_enterprise_list_get_model  (PzEnterpriseList *self);
void        pz_enterprise_list_set_search (PzEnterpriseList *self,
                                           const char       *text);
void        pz_enterprise_list_select     (PzEnterpriseList *self,
                                           guint             position);

G_END_DECLS
