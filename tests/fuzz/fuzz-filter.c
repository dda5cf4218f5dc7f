/* fuzz-filter.c
 *
 * libFuzzer target for PzZoneFilter, the one filter state of the app.
 * The input is a stream of operations applied to a filter over a
 * GListStore of synthetic zones (no display is needed):
 *
 *   op % 9  operands                    action
 *   0       len, len bytes              set text (len 0: NULL); invalid UTF-8 replaced
 *   1       b                           toggle batch (b ? b : 1)
 *   2       n < 0x80                    toggle known province code n % N
 *           n >= 0x80, n & 0x7f bytes   toggle that province code (raw bytes)
 *   3       a, b                        set years (a ? 2000 + a : 0) .. first + b
 *   4       len, len bytes              set date (len 0: NULL; raw bytes)
 *   5                                   clear
 *   6       mask                        count matches ignoring mask & 0x1f
 *   7                                   best match
 *   8                                   describe
 *
 * With PZ_FUZZ_NULL_FIELDS=1 the store also holds a zone with no
 * province code, approval date or Chinese name, as a database row with
 * those columns NULL or empty loads (see README.md, "Findings").
 *
 * A missing operand reads as 0. After the stream the matches are counted
 * directly and through a GtkFilterListModel, and pz_zone_filter_describe()
 * is called; invariants between them are checked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "fuzz-common.h"
#include "pz-zone-filter.h"

typedef struct
{
  const uint8_t *data;
  size_t         size;
  size_t         pos;
} Stream;

static const char * const province_codes[] = { "33", "12", "61", "13", "46", "44", "65", "00" };

static const struct
{
  const char *name_zh, *name_en, *pinyin, *province_zh, *province_en, *code;
  guint       batch;
  const char *approved, *ended;
} zone_data[] = {
  { "杭州市", "Hangzhou", "Hangzhou", "浙江省", "Zhejiang", "33", 1, "2015-03-07", NULL },
  { "天津市", "Tianjin", "Tianjin", "天津市", "Tianjin", "12", 2, "2016-01-06", NULL },
  { "西安市", "Xi'an", "Xi'an", "陕西省", "Shaanxi", "61", 3, "2018-07-24", NULL },
  { "雄安新区", "Xiong'an New Area", "Xiong'an Xinqu", "河北省", "Hebei", "13", 4, "2019-12-15", NULL },
  { "海口市", "Haikou", "Haikou", "海南省", "Hainan", "46", 4, "2019-12-15", "2025-01-01" },
  { "义乌市", "Yiwu", "Yiwu", "浙江省", "Zhejiang", "33", 4, "2019-12-15", NULL },
  { "广州市", "Guangzhou", "Guangzhou", "广东省", "Guangdong", "44", 2, "2016-01-06", NULL },
  { "阿拉山口市", "Alashankou", "Alashankou", "新疆维吾尔自治区", "Xinjiang", "65", 5, "2020-04-27", "2025-01-01" },
  { "某市", "Some City", NULL, NULL, NULL, "44", 6, "2022-01", NULL },
  { NULL, "Unnamed", NULL, NULL, NULL, "00", 7, NULL, NULL },
};

static GListStore *store;

static guint8
next_byte (Stream *s)
{
  return s->pos < s->size ? s->data[s->pos++] : 0;
}

/* @len bytes, or fewer at the end, as a string that stops at a NUL. */
static char *
next_string (Stream *s,
             guint   len)
{
  size_t n = MIN (len, s->size - s->pos);
  char *str = g_strndup ((const char *) s->data + s->pos, n);

  s->pos += n;
  return str;
}

static guint
count_except (PzZoneFilter    *filter,
              PzZoneCriterion  ignored)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (G_LIST_MODEL (store), i);
      gboolean all = pz_zone_filter_match_except (filter, zone, 0);

      /* Ignoring criteria can only let more zones through. */
      if (pz_zone_filter_match_except (filter, zone, ignored))
        count++;
      else
        FUZZ_CHECK (!all);
      FUZZ_CHECK (all == gtk_filter_match (GTK_FILTER (filter), zone));
    }
  return count;
}

static void
check_describe (PzZoneFilter *filter)
{
  g_autofree char *description = pz_zone_filter_describe (filter, G_LIST_MODEL (store));

  /* Not checked: that it is non-empty. A filter on the province code ""
   * (which no zone has) is described as "". */
  FUZZ_CHECK ((description == NULL) == pz_zone_filter_is_empty (filter));
}

static void
apply (PzZoneFilter *filter,
       Stream       *s)
{
  switch (next_byte (s) % 9)
    {
    case 0:
      {
        guint len = next_byte (s);
        g_autofree char *bytes = next_string (s, len);
        g_autofree char *text = len > 0 ? g_utf8_make_valid (bytes, -1) : NULL;

        pz_zone_filter_set_text (filter, text);
        FUZZ_CHECK (g_strcmp0 (pz_zone_filter_get_text (filter), text) == 0);
      }
      break;

    case 1:
      {
        guint batch = next_byte (s);
        gboolean enabled;

        batch = batch > 0 ? batch : 1;
        enabled = !pz_zone_filter_get_batch (filter, batch);
        pz_zone_filter_set_batch (filter, batch, enabled);
        FUZZ_CHECK (pz_zone_filter_get_batch (filter, batch) == enabled);
      }
      break;

    case 2:
      {
        guint n = next_byte (s);
        g_autofree char *code = n < 0x80 ? g_strdup (province_codes[n % G_N_ELEMENTS (province_codes)])
                                         : next_string (s, n & 0x7f);
        gboolean enabled = !pz_zone_filter_get_province (filter, code);

        pz_zone_filter_set_province (filter, code, enabled);
        FUZZ_CHECK (pz_zone_filter_get_province (filter, code) == enabled);
      }
      break;

    case 3:
      {
        guint a = next_byte (s), b = next_byte (s);
        guint first = a > 0 ? 2000 + a : 0, last = first + b;
        guint got_first, got_last;

        pz_zone_filter_set_years (filter, first, last);
        pz_zone_filter_get_years (filter, &got_first, &got_last);
        FUZZ_CHECK (got_first == first && (first == 0 ? got_last == 0 : got_last == last));
      }
      break;

    case 4:
      {
        guint len = next_byte (s);
        g_autofree char *date = len > 0 ? next_string (s, len) : NULL;

        pz_zone_filter_set_date (filter, date);
        FUZZ_CHECK (g_strcmp0 (pz_zone_filter_get_date (filter), date) == 0);
      }
      break;

    case 5:
      pz_zone_filter_clear (filter);
      FUZZ_CHECK (pz_zone_filter_is_empty (filter));
      break;

    case 6:
      (void) count_except (filter, next_byte (s) & PZ_ZONE_CRITERION_ALL);
      break;

    case 7:
      {
        g_autoptr(PzZone) best = pz_zone_filter_best_match (filter, G_LIST_MODEL (store));

        if (best != NULL)
          FUZZ_CHECK (pz_zone_filter_match_except (filter, best, 0));
      }
      break;

    case 8:
      check_describe (filter);
      break;

    default:
      g_assert_not_reached ();
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init (argc, argv);

  store = g_list_store_new (PZ_TYPE_ZONE);
  for (guint i = 0; i < G_N_ELEMENTS (zone_data); i++)
    {
      g_autoptr(PzZone) zone =
        g_object_new (PZ_TYPE_ZONE,
                      "id", zone_data[i].name_en,
                      "name-zh", zone_data[i].name_zh,
                      "name-en", zone_data[i].name_en,
                      "name-pinyin", zone_data[i].pinyin,
                      "province-zh", zone_data[i].province_zh,
                      "province-en", zone_data[i].province_en,
                      "province-code", zone_data[i].code,
                      "batch", zone_data[i].batch,
                      "approved", zone_data[i].approved,
                      "ended", zone_data[i].ended,
                      NULL);

      g_list_store_append (store, zone);
    }

  if (g_strcmp0 (g_getenv ("PZ_FUZZ_NULL_FIELDS"), "1") == 0)
    {
      g_autoptr(PzZone) zone = g_object_new (PZ_TYPE_ZONE, "name-en", "No Fields", "batch", 7, NULL);

      g_list_store_append (store, zone);
    }
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PzZoneFilter) filter = pz_zone_filter_new ();
  g_autoptr(GtkFilterListModel) model =
    gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (store)), g_object_ref (GTK_FILTER (filter)));
  Stream s = { data, size, 0 };
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint count;

  /* Bound the work per input: a long stream adds nothing but time. */
  for (guint i = 0; i < 256 && s.pos < s.size; i++)
    apply (filter, &s);

  count = count_except (filter, 0);
  FUZZ_CHECK (count == g_list_model_get_n_items (G_LIST_MODEL (model)));
  FUZZ_CHECK (count <= n_items);
  if (pz_zone_filter_is_empty (filter))
    FUZZ_CHECK (count == n_items);
  FUZZ_CHECK (count_except (filter, PZ_ZONE_CRITERION_ALL) == n_items);
  check_describe (filter);

  {
    guint n_batches;
    g_autofree guint *batches = pz_zone_filter_get_batches (filter, &n_batches);
    g_auto(GStrv) provinces = pz_zone_filter_get_provinces (filter);

    for (guint i = 1; i < n_batches; i++)
      FUZZ_CHECK (batches[i - 1] < batches[i]);
    for (guint i = 0; provinces[i] != NULL; i++)
      FUZZ_CHECK (pz_zone_filter_get_province (filter, provinces[i]));
  }
  return 0;
}
