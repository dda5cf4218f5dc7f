/* pz-text-fields.c
 *
 * The text columns of the model objects (zones, batches, parks,
 * provinces, figures). Each type keeps them in an array indexed by its
 * own enum, and their properties come first, so that a field's property
 * id is simply field + 1; these helpers are that shared half of the
 * types' get_property and set_property.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-text-fields"

#include "config.h"

#include "pz-text-fields.h"

/**
 * pz_text_fields_install:
 * @properties: the class's property table, filled from index 1
 * @names: the property names, in field order
 *
 * Creates the construct-only string properties of the text fields.
 */
void
pz_text_fields_install (GParamSpec         **properties,
                        const char * const  *names,
                        guint                n_texts)
{
  for (guint i = 0; i < n_texts; i++)
    properties[i + 1] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                             G_PARAM_STATIC_STRINGS);
}

/* Returns: %TRUE if @prop_id is a text field's, now in @value */
gboolean
pz_text_fields_get (char * const *texts,
                    guint         n_texts,
                    guint         prop_id,
                    GValue       *value)
{
  if (prop_id == 0 || prop_id > n_texts)
    return FALSE;
  g_value_set_string (value, texts[prop_id - 1]);
  return TRUE;
}

/* Returns: %TRUE if @prop_id is a text field's, now set from @value */
gboolean
pz_text_fields_set (char         **texts,
                    guint          n_texts,
                    guint          prop_id,
                    const GValue  *value)
{
  const char *text;

  if (prop_id == 0 || prop_id > n_texts)
    return FALSE;

  /* Empty database fields mean "unknown", stored as NULL. */
  text = g_value_get_string (value);
  g_free (texts[prop_id - 1]);
  texts[prop_id - 1] = text != NULL && *text != '\0' ? g_strdup (text) : NULL;
  return TRUE;
}

void
pz_text_fields_clear (char  **texts,
                      guint   n_texts)
{
  for (guint i = 0; i < n_texts; i++)
    g_clear_pointer (&texts[i], g_free);
}
