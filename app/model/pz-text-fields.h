/* pz-text-fields.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

void     pz_text_fields_install (GParamSpec         **properties,
                                 const char * const  *names,
                                 guint                n_texts);
gboolean pz_text_fields_get     (char * const        *texts,
                                 guint                n_texts,
                                 guint                prop_id,
                                 GValue              *value);
gboolean pz_text_fields_set     (char               **texts,
                                 guint                n_texts,
                                 guint                prop_id,
                                 const GValue        *value);
void     pz_text_fields_clear   (char               **texts,
                                 guint                n_texts);

G_END_DECLS
