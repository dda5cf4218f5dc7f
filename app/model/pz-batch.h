/* pz-batch.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PZ_TYPE_BATCH (pz_batch_get_type())

G_DECLARE_FINAL_TYPE (PzBatch, pz_batch, PZ, BATCH, GObject)

guint       pz_batch_get_number     (PzBatch *self);
guint       pz_batch_get_zone_count (PzBatch *self);
guint       pz_batch_get_year       (PzBatch *self);
const char *pz_batch_get_approved   (PzBatch *self);
const char *pz_batch_get_document   (PzBatch *self);
const char *pz_batch_get_title      (PzBatch *self);
const char *pz_batch_get_source_url (PzBatch *self);

G_END_DECLS
