/* pz-facet.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PZ_TYPE_FACET (pz_facet_get_type())

G_DECLARE_FINAL_TYPE (PzFacet, pz_facet, PZ, FACET, GObject)

PzFacet    *pz_facet_new        (const char *key,
                                 const char *title,
                                 const char *subtitle);
const char *pz_facet_get_key    (PzFacet    *self);
const char *pz_facet_get_title  (PzFacet    *self);
guint       pz_facet_get_count  (PzFacet    *self);
void        pz_facet_set_count  (PzFacet    *self,
                                 guint       count);
gboolean    pz_facet_get_active (PzFacet    *self);
void        pz_facet_set_active (PzFacet    *self,
                                 gboolean    active);
void        pz_facet_set_n_parks (PzFacet   *self,
                                  guint      n_parks);
char       *pz_facet_dup_count_text (PzFacet *self);
const char *pz_facet_get_detail (PzFacet    *self);
void        pz_facet_set_detail (PzFacet    *self,
                                 const char *detail);
int         pz_facet_compare    (PzFacet    *a,
                                 PzFacet    *b,
                                 gboolean    by_count,
                                 gboolean    by_number);

G_END_DECLS
