/* fuzz-search.c
 *
 * libFuzzer target for the text search: search keys and scores.
 *
 * Input: UTF-8 text (invalid sequences are replaced with U+FFFD, as the
 * search entry and the database give the search valid UTF-8 only; see
 * README.md for the raw mode). Line 1 is the query; lines 2-6, when
 * present, are the name-zh, name-en, name-pinyin, province-zh and
 * province-en of a zone made from the input. The query is scored against
 * that zone and against three fixed zones, and each name of the zone must
 * match its own key exactly.
 *
 * Set PZ_FUZZ_RAW_UTF8=1 to give pz_search_key() the raw bytes as well.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "fuzz-common.h"
#include "pz-search.h"

static PzZone *fixed_zones[3];
static gboolean raw_utf8;

static PzZone *
zone_new (const char *name_zh,
          const char *name_en,
          const char *name_pinyin,
          const char *province_zh,
          const char *province_en)
{
  return g_object_new (PZ_TYPE_ZONE,
                       "name-zh", name_zh,
                       "name-en", name_en,
                       "name-pinyin", name_pinyin,
                       "province-zh", province_zh,
                       "province-en", province_en,
                       "batch", 1,
                       NULL);
}

static void
check_key (const char *key)
{
  FUZZ_CHECK (key != NULL);
  FUZZ_CHECK (g_utf8_validate (key, -1, NULL));
  for (const char *p = key; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      FUZZ_CHECK (!g_unichar_ismark (c) && !g_unichar_isspace (c) && !g_unichar_ispunct (c));
    }
}

/* A name's own key matches it exactly, and the key's first character
 * matches it at least as a name prefix. */
static void
check_self_match (PzZone     *zone,
                  PzZoneText  field)
{
  g_autofree char *key = pz_search_key (pz_zone_get_text (zone, field));
  char first[8] = { 0 };

  check_key (key);
  if (*key == '\0')
    return;
  FUZZ_CHECK (pz_search_score (zone, key) == PZ_SEARCH_EXACT);
  g_unichar_to_utf8 (g_utf8_get_char (key), first);
  FUZZ_CHECK (pz_search_score (zone, first) <= PZ_SEARCH_NAME_PREFIX);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init (argc, argv);
  raw_utf8 = g_strcmp0 (g_getenv ("PZ_FUZZ_RAW_UTF8"), "1") == 0;

  fixed_zones[0] = zone_new ("杭州市", "Hangzhou", "Hangzhou", "浙江省", "Zhejiang");
  fixed_zones[1] = zone_new ("西安市", "Xi'an", "Xi'an", "陕西省", "Shaanxi");
  fixed_zones[2] = zone_new ("雄安新区", "Xiong'an New Area", "Xiong'an Xinqu", "河北省", "Hebei");
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_utf8_make_valid ((const char *) data, size);
  g_auto(GStrv) lines = g_strsplit (text, "\n", 6);
  guint n_lines = g_strv_length (lines);
  g_autofree char *key = NULL;
  g_autoptr(PzZone) zone = NULL;

  if (raw_utf8)
    {
      /* Bytes up to the first NUL, as a C string from SQLite or argv. */
      g_autofree char *raw = g_strndup ((const char *) data, size);
      g_autofree char *raw_key = pz_search_key (raw);

      check_key (raw_key);
    }

  key = pz_search_key (n_lines > 0 ? lines[0] : "");
  check_key (key);

  zone = zone_new (n_lines > 1 ? lines[1] : NULL,
                   n_lines > 2 ? lines[2] : NULL,
                   n_lines > 3 ? lines[3] : NULL,
                   n_lines > 4 ? lines[4] : NULL,
                   n_lines > 5 ? lines[5] : NULL);

  if (*key != '\0')
    {
      for (guint i = 0; i < G_N_ELEMENTS (fixed_zones); i++)
        {
          PzSearchScore score = pz_search_score (fixed_zones[i], key);

          FUZZ_CHECK (score <= PZ_SEARCH_NONE);
        }
      FUZZ_CHECK (pz_search_score (zone, key) <= PZ_SEARCH_NONE);
    }

  check_self_match (zone, PZ_ZONE_NAME_ZH);
  check_self_match (zone, PZ_ZONE_NAME_EN);
  check_self_match (zone, PZ_ZONE_NAME_PINYIN);
  return 0;
}
