/* pz-search.c
 *
 * Text search over zone names in Chinese, English and toneless pinyin.
 * Queries and names are reduced to keys: case-folded, accents and tone
 * marks removed, spaces and punctuation dropped, so "xian", "Xi'an" and
 * "XĪ’ĀN" are one key and "杭" is a prefix of "杭州市".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-search"

#include "config.h"

#include <string.h>

#include "pz-search.h"

static gboolean
is_separator (gunichar c)
{
  return g_unichar_isspace (c) || g_unichar_ispunct (c);
}

/**
 * pz_search_key:
 *
 * Returns: (transfer full): the key of @text, possibly empty
 */
char *
pz_search_key (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *key;

  if (text == NULL)
    return g_strdup ("");

  /* Text from a file may be broken; search what can be read of it. */
  valid = g_utf8_make_valid (text, -1);
  folded = g_utf8_casefold (valid, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  key = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c) || is_separator (c))
        continue;
      g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

/* The keys of a zone, computed once: its names, the tails of its English
 * name from each word on ("Xiong'an New Area" → "newarea", "area"), and
 * its province's names. */
typedef struct
{
  char      *names[3];
  GPtrArray *word_tails;
  char      *provinces[2];
} ZoneKeys;

static void
zone_keys_free (gpointer data)
{
  ZoneKeys *keys = data;

  for (guint i = 0; i < G_N_ELEMENTS (keys->names); i++)
    g_free (keys->names[i]);
  for (guint i = 0; i < G_N_ELEMENTS (keys->provinces); i++)
    g_free (keys->provinces[i]);
  g_ptr_array_unref (keys->word_tails);
  g_free (keys);
}

/* Names are short; a longer text is cut so that its tails, each a key of
 * its own, stay linear in cost rather than quadratic. */
#define MAX_TAILS_TEXT 256

static GPtrArray *
word_tails (const char *name)
{
  GPtrArray *tails = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = name != NULL ? g_utf8_make_valid (name, -1) : NULL;

  if (text != NULL && strlen (text) > MAX_TAILS_TEXT)
    *g_utf8_find_prev_char (text, text + MAX_TAILS_TEXT) = '\0';

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *next = g_utf8_next_char (p);

      if (is_separator (g_utf8_get_char (p)) && *next != '\0' && !is_separator (g_utf8_get_char (next)))
        g_ptr_array_add (tails, pz_search_key (next));
    }
  return tails;
}

static const ZoneKeys *
zone_keys (PzZone *zone)
{
  static GQuark quark;
  ZoneKeys *keys;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("pz-search-keys");

  if ((keys = g_object_get_qdata (G_OBJECT (zone), quark)))
    return keys;

  keys = g_new0 (ZoneKeys, 1);
  keys->names[0] = pz_search_key (pz_zone_get_text (zone, PZ_ZONE_NAME_ZH));
  keys->names[1] = pz_search_key (pz_zone_get_text (zone, PZ_ZONE_NAME_EN));
  keys->names[2] = pz_search_key (pz_zone_get_text (zone, PZ_ZONE_NAME_PINYIN));
  keys->word_tails = word_tails (pz_zone_get_text (zone, PZ_ZONE_NAME_EN));
  keys->provinces[0] = pz_search_key (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_ZH));
  keys->provinces[1] = pz_search_key (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_EN));
  g_object_set_qdata_full (G_OBJECT (zone), quark, keys, zone_keys_free);
  return keys;
}

/**
 * pz_search_score:
 * @key: a query key from pz_search_key(), not empty
 */
PzSearchScore
pz_search_score (PzZone     *zone,
                 const char *key)
{
  const ZoneKeys *keys;
  PzSearchScore best = PZ_SEARCH_NONE;

  g_return_val_if_fail (PZ_IS_ZONE (zone), PZ_SEARCH_NONE);
  g_return_val_if_fail (key != NULL && *key != '\0', PZ_SEARCH_NONE);

  keys = zone_keys (zone);
  for (guint i = 0; i < G_N_ELEMENTS (keys->names); i++)
    if (g_str_has_prefix (keys->names[i], key))
      best = MIN (best, strcmp (keys->names[i], key) == 0 ? PZ_SEARCH_EXACT : PZ_SEARCH_NAME_PREFIX);
  if (best != PZ_SEARCH_NONE)
    return best;

  for (guint i = 0; i < keys->word_tails->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (keys->word_tails, i), key))
      return PZ_SEARCH_WORD_PREFIX;

  for (guint i = 0; i < G_N_ELEMENTS (keys->provinces); i++)
    if (g_str_has_prefix (keys->provinces[i], key))
      return PZ_SEARCH_PROVINCE;

  return PZ_SEARCH_NONE;
}
