/* pz-indicator.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PZ_TYPE_INDICATOR (pz_indicator_get_type())

G_DECLARE_FINAL_TYPE (PzIndicator, pz_indicator, PZ, INDICATOR, GObject)

const char *pz_indicator_label_for        (const char  *indicator,
                                           const char  *scope);
const char *pz_indicator_get_scope        (PzIndicator *self);
const char *pz_indicator_get_scope_id     (PzIndicator *self);
const char *pz_indicator_get_indicator    (PzIndicator *self);
double      pz_indicator_get_value        (PzIndicator *self);
const char *pz_indicator_get_unit         (PzIndicator *self);
guint       pz_indicator_get_year         (PzIndicator *self);
const char *pz_indicator_get_qualifier    (PzIndicator *self);
const char *pz_indicator_get_source_url   (PzIndicator *self);
const char *pz_indicator_get_source2_url  (PzIndicator *self);
const char *pz_indicator_get_note         (PzIndicator *self);
const char *pz_indicator_get_label        (PzIndicator *self);
char       *pz_indicator_format_value     (PzIndicator *self);

G_END_DECLS
