/* pz-compare-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pz-comparison.h"
#include "pz-database.h"
#include "pz-user-database.h"

G_BEGIN_DECLS

#define PZ_COMPARE_MAX_ITEMS PZ_COMPARISON_MAX_ITEMS

#define PZ_TYPE_COMPARE_VIEW (pz_compare_view_get_type())

G_DECLARE_FINAL_TYPE (PzCompareView, pz_compare_view, PZ, COMPARE_VIEW, AdwWindow)

GtkWidget    *pz_compare_view_new            (GtkWindow          *parent,
                                              PzDatabase         *database,
                                              PzUserDatabase     *user_database,
                                              const char * const *ids);
void          pz_compare_view_set_ids        (PzCompareView      *self,
                                              const char * const *ids);
PzComparison *pz_compare_view_get_comparison (PzCompareView      *self);
gboolean      pz_compare_view_export_to      (PzCompareView      *self,
                                              GFile              *file,
                                              gboolean            overwrite,
                                              GError            **error);

G_END_DECLS
