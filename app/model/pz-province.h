/* pz-province.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pz-indicator.h"

G_BEGIN_DECLS

#define PZ_TYPE_PROVINCE (pz_province_get_type())

G_DECLARE_FINAL_TYPE (PzProvince, pz_province, PZ, PROVINCE, GObject)

const char  *pz_province_get_code         (PzProvince *self);
const char  *pz_province_get_name_zh      (PzProvince *self);
const char  *pz_province_get_name_en      (PzProvince *self);
const char  *pz_province_get_display_name (PzProvince *self);
guint        pz_province_get_n_zones      (PzProvince *self);
guint        pz_province_get_n_parks      (PzProvince *self);
GListModel  *pz_province_get_figures      (PzProvince *self);
PzIndicator *pz_province_find_latest      (PzProvince *self,
                                           const char *indicator);

G_END_DECLS
