/* pz-compare-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pz-database.h"
#include "pz-user-database.h"

G_BEGIN_DECLS

#define PZ_COMPARE_MAX_PROVINCES 4

#define PZ_TYPE_COMPARE_VIEW (pz_compare_view_get_type())

G_DECLARE_FINAL_TYPE (PzCompareView, pz_compare_view, PZ, COMPARE_VIEW, AdwWindow)

GtkWidget  *pz_compare_view_new             (GtkWindow          *parent,
                                             PzDatabase         *database,
                                             PzUserDatabase     *user_database,
                                             const char * const *codes);
guint       pz_compare_view_get_n_provinces (PzCompareView      *self);
const char *pz_compare_view_get_code        (PzCompareView      *self,
                                             guint               index);
guint       pz_compare_view_get_n_zones     (PzCompareView      *self,
                                             guint               index);
guint       pz_compare_view_get_n_parks     (PzCompareView      *self,
                                             guint               index);
guint       pz_compare_view_get_n_zones_in_batch (PzCompareView *self,
                                                  guint          index,
                                                  guint          batch);

G_END_DECLS
