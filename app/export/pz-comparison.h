/* pz-comparison.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "pz-database.h"
#include "pz-export.h"

G_BEGIN_DECLS

/* Provinces or zones compared side by side at most. */
#define PZ_COMPARISON_MAX_ITEMS 4

#define PZ_TYPE_COMPARISON (pz_comparison_get_type())

G_DECLARE_FINAL_TYPE (PzComparison, pz_comparison, PZ, COMPARISON, GObject)

PzComparison *pz_comparison_new             (PzDatabase         *database,
                                             GHashTable         *imported,
                                             const char * const *ids);
PzDatabase   *pz_comparison_get_database    (PzComparison       *self);
guint         pz_comparison_get_n_items     (PzComparison       *self);
char        **pz_comparison_dup_ids         (PzComparison       *self);
const char   *pz_comparison_get_id          (PzComparison       *self,
                                             guint               index);
PzZone       *pz_comparison_get_zone        (PzComparison       *self,
                                             guint               index);
const char   *pz_comparison_get_name        (PzComparison       *self,
                                             guint               index);
char         *pz_comparison_dup_title       (PzComparison       *self);
GListModel   *pz_comparison_get_zones       (PzComparison       *self,
                                             guint               index);
guint         pz_comparison_get_n_parks     (PzComparison       *self,
                                             guint               index);
guint         pz_comparison_get_n_in_batch  (PzComparison       *self,
                                             guint               index,
                                             guint               batch);
gboolean      pz_comparison_batch_shown     (PzComparison       *self,
                                             guint               batch);
gboolean      pz_comparison_get_imported    (PzComparison       *self,
                                             guint               index,
                                             guint              *count);
GListModel   *pz_comparison_get_figures     (PzComparison       *self,
                                             guint               index);
void          pz_comparison_draw_map        (PzComparison       *self,
                                             guint               index,
                                             cairo_t            *cr,
                                             double              width,
                                             double              height,
                                             int                 scale,
                                             gboolean            dark);
void          pz_comparison_draw_page       (PzComparison       *self,
                                             cairo_t            *cr,
                                             double              width,
                                             double              height);
gboolean      pz_comparison_export          (PzComparison       *self,
                                             const PzImageOptions *options,
                                             GFile              *file,
                                             gboolean            overwrite,
                                             GError            **error);

G_END_DECLS
