/* pz-park.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The text facts of a park; each is also a read-only property named like
 * the database column with '-' for '_' (PZ_PARK_NAME_ZH is "name-zh"). */
typedef enum
{
  PZ_PARK_ID,
  PZ_PARK_ZONE_ID,
  PZ_PARK_NAME_ZH,
  PZ_PARK_NAME_EN,
  PZ_PARK_DISTRICT,
  PZ_PARK_KIND,
  PZ_PARK_PRECISION,
  PZ_PARK_COORD_SOURCE,
  PZ_PARK_SOURCE_URL,
  PZ_PARK_SOURCE2_URL,
  PZ_PARK_NOTE,
  PZ_PARK_N_TEXTS
} PzParkText;

#define PZ_TYPE_PARK (pz_park_get_type())

G_DECLARE_FINAL_TYPE (PzPark, pz_park, PZ, PARK, GObject)

const char *pz_park_get_text         (PzPark     *self,
                                      PzParkText  field);
const char *pz_park_get_id           (PzPark     *self);
const char *pz_park_get_zone_id      (PzPark     *self);
const char *pz_park_get_display_name (PzPark     *self);
guint       pz_park_get_year         (PzPark     *self);
gboolean    pz_park_is_approximate   (PzPark     *self);
gboolean    pz_park_get_location     (PzPark     *self,
                                      double     *latitude,
                                      double     *longitude);
char       *pz_parks_append_count    (const char *text,
                                      guint       n_parks);

G_END_DECLS
