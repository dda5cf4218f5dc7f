/* pz-park.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PZ_TYPE_PARK (pz_park_get_type())

G_DECLARE_FINAL_TYPE (PzPark, pz_park, PZ, PARK, GObject)

PzPark     *pz_park_new              (GHashTable *texts,
                                      guint       year);
const char *pz_park_get_text         (PzPark     *self,
                                      const char *column);
const char *pz_park_get_id           (PzPark     *self);
const char *pz_park_get_zone_id      (PzPark     *self);
const char *pz_park_get_display_name (PzPark     *self);
guint       pz_park_get_year         (PzPark     *self);
gboolean    pz_park_is_approximate   (PzPark     *self);
char       *pz_parks_append_count    (const char *text,
                                      guint       n_parks);
gboolean    pz_park_get_location     (PzPark     *self,
                                      double     *latitude,
                                      double     *longitude);

G_END_DECLS
