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
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *key;

  if (text == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (text, -1);
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

static gboolean
key_has_prefix (const char *text,
                const char *key,
                gboolean   *exact)
{
  g_autofree char *text_key = pz_search_key (text);

  if (!g_str_has_prefix (text_key, key))
    return FALSE;
  if (exact != NULL)
    *exact = strcmp (text_key, key) == 0;
  return TRUE;
}

/* Matches from the start of any later word of @text: "new area" and
 * "area" both find "Xiong'an New Area". */
static gboolean
word_has_prefix (const char *text,
                 const char *key)
{
  if (text == NULL)
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *next = g_utf8_next_char (p);

      if (is_separator (g_utf8_get_char (p)) && *next != '\0' &&
          !is_separator (g_utf8_get_char (next)) &&
          key_has_prefix (next, key, NULL))
        return TRUE;
    }
  return FALSE;
}

/**
 * pz_search_score:
 * @key: a query key from pz_search_key(), not empty
 */
PzSearchScore
pz_search_score (PzZone     *zone,
                 const char *key)
{
  static const PzZoneText names[] = { PZ_ZONE_NAME_ZH, PZ_ZONE_NAME_EN, PZ_ZONE_NAME_PINYIN };
  PzSearchScore best = PZ_SEARCH_NONE;

  g_return_val_if_fail (PZ_IS_ZONE (zone), PZ_SEARCH_NONE);
  g_return_val_if_fail (key != NULL && *key != '\0', PZ_SEARCH_NONE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gboolean exact = FALSE;

      if (key_has_prefix (pz_zone_get_text (zone, names[i]), key, &exact))
        best = MIN (best, exact ? PZ_SEARCH_EXACT : PZ_SEARCH_NAME_PREFIX);
    }

  if (best == PZ_SEARCH_NONE && word_has_prefix (pz_zone_get_text (zone, PZ_ZONE_NAME_EN), key))
    best = PZ_SEARCH_WORD_PREFIX;

  if (best == PZ_SEARCH_NONE &&
      (key_has_prefix (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_ZH), key, NULL) ||
       key_has_prefix (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_EN), key, NULL)))
    best = PZ_SEARCH_PROVINCE;

  return best;
}
