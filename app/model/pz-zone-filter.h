/* pz-zone-filter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pz-zone.h"

G_BEGIN_DECLS

/* The criteria of the filter; a count "under the other criteria" leaves
 * one of them out (a batch panel counts zones per batch under the
 * province, text and date criteria). */
typedef enum
{
  PZ_ZONE_CRITERION_BATCH = 1 << 0,
  PZ_ZONE_CRITERION_PROVINCE = 1 << 1,
  PZ_ZONE_CRITERION_TEXT = 1 << 2,
  PZ_ZONE_CRITERION_YEARS = 1 << 3,
  PZ_ZONE_CRITERION_DATE = 1 << 4,
  PZ_ZONE_CRITERION_ALL = 0x1f,
} PzZoneCriterion;

#define PZ_TYPE_ZONE_FILTER (pz_zone_filter_get_type())

G_DECLARE_FINAL_TYPE (PzZoneFilter, pz_zone_filter, PZ, ZONE_FILTER, GtkFilter)

PzZoneFilter *pz_zone_filter_new              (void);
gboolean      pz_zone_filter_is_empty         (PzZoneFilter    *self);
void          pz_zone_filter_clear            (PzZoneFilter    *self);
gboolean      pz_zone_filter_get_batch        (PzZoneFilter    *self,
                                               guint            batch);
void          pz_zone_filter_set_batch        (PzZoneFilter    *self,
                                               guint            batch,
                                               gboolean         enabled);
guint        *pz_zone_filter_get_batches      (PzZoneFilter    *self,
                                               guint           *n_batches);
gboolean      pz_zone_filter_get_province     (PzZoneFilter    *self,
                                               const char      *code);
void          pz_zone_filter_set_province     (PzZoneFilter    *self,
                                               const char      *code,
                                               gboolean         enabled);
char        **pz_zone_filter_get_provinces    (PzZoneFilter    *self);
const char   *pz_zone_filter_get_text         (PzZoneFilter    *self);
void          pz_zone_filter_set_text         (PzZoneFilter    *self,
                                               const char      *text);
void          pz_zone_filter_get_years        (PzZoneFilter    *self,
                                               guint           *first,
                                               guint           *last);
void          pz_zone_filter_set_years        (PzZoneFilter    *self,
                                               guint            first,
                                               guint            last);
const char   *pz_zone_filter_get_date         (PzZoneFilter    *self);
void          pz_zone_filter_set_date         (PzZoneFilter    *self,
                                               const char      *date);
gboolean      pz_zone_filter_match_except     (PzZoneFilter    *self,
                                               PzZone          *zone,
                                               PzZoneCriterion  ignored);
PzZone       *pz_zone_filter_best_match       (PzZoneFilter    *self,
                                               GListModel      *zones);
char         *pz_zone_filter_describe         (PzZoneFilter    *self,
                                               GListModel      *zones);

G_END_DECLS
