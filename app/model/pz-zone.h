/* pz-zone.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The text facts of a zone; each is also a read-only property named like
 * the database column with '-' for '_' (PZ_ZONE_NAME_ZH is "name-zh"). */
typedef enum
{
  PZ_ZONE_ID,
  PZ_ZONE_APPROVED,
  PZ_ZONE_DOCUMENT,
  PZ_ZONE_NAME_ZH,
  PZ_ZONE_NAME_EN,
  PZ_ZONE_NAME_PINYIN,
  PZ_ZONE_PROVINCE_ZH,
  PZ_ZONE_PROVINCE_EN,
  PZ_ZONE_PROVINCE_CODE,
  PZ_ZONE_COORD_SOURCE,
  PZ_ZONE_ENDED,
  PZ_ZONE_SUCCESSOR,
  PZ_ZONE_SOURCE_URL,
  PZ_ZONE_SOURCE2_URL,
  PZ_ZONE_NOTE,
  PZ_ZONE_N_TEXTS
} PzZoneText;

#define PZ_TYPE_ZONE (pz_zone_get_type())

G_DECLARE_FINAL_TYPE (PzZone, pz_zone, PZ, ZONE, GObject)

const char *pz_zone_text_property_name (PzZoneText  field);
char       *pz_zone_dup_column_name    (PzZoneText  field);
const char *pz_zone_get_text           (PzZone     *self,
                                        PzZoneText  field);
const char *pz_zone_get_id             (PzZone     *self);
guint       pz_zone_get_batch          (PzZone     *self);
gboolean    pz_zone_has_location       (PzZone     *self);
guint       pz_zone_get_n_parks        (PzZone     *self);
double      pz_zone_get_latitude       (PzZone     *self);
double      pz_zone_get_longitude      (PzZone     *self);
gboolean    pz_zone_is_ended           (PzZone     *self);
const char *pz_zone_get_display_name   (PzZone     *self);
const char *pz_zone_get_other_name     (PzZone     *self);
const char *pz_zone_get_display_province (PzZone   *self);
PzZone     *pz_zone_find               (GListModel *zones,
                                        const char *id);

G_END_DECLS
