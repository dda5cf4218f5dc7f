/* fuzz-csv.c
 *
 * libFuzzer target for the enterprise-list importer: any bytes are
 * decoded (UTF-8, BOM, UTF-16, GB18030) and parsed as CSV, then the
 * guessed columns are matched to a few zones. Invariants: a parse either
 * fails with a message or gives records with ascending lines, and every
 * record ends up either imported or reported, never both or neither.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>

#include "fuzz-common.h"
#include "pz-csv.h"
#include "pz-import.h"
#include "pz-zone.h"

static GListStore *zones;

static void
add_zone (const char *id,
          const char *name_zh,
          const char *name_en,
          double      lat,
          double      lon)
{
  g_autoptr(PzZone) zone = g_object_new (PZ_TYPE_ZONE, "id", id, "name-zh", name_zh, "name-en", name_en,
                                         "name-pinyin", name_en, "latitude", lat, "longitude", lon,
                                         "has-location", TRUE, NULL);

  g_list_store_append (zones, zone);
}

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init (argc, argv);
  zones = g_list_store_new (PZ_TYPE_ZONE);
  add_zone ("hangzhou", "杭州市", "Hangzhou", 30.29, 120.16);
  add_zone ("taizhou_js", "泰州市", "Taizhou", 32.46, 119.92);
  add_zone ("taizhou_zj", "台州市", "Taizhou", 28.66, 121.42);
  add_zone ("dehong", "德宏傣族景颇族自治州", "Dehong Dai and Jingpo Autonomous Prefecture", 24.45, 98.57);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PzCsv) csv = pz_csv_parse ((const char *) data, size, &error);
  g_autoptr(PzImportResult) result = NULL;
  g_autofree char *described = NULL;
  PzImportMapping mapping;
  guint previous = 0;

  if (csv == NULL)
    {
      FUZZ_CHECK (error != NULL && error->message != NULL && *error->message != '\0');
      return 0;
    }

  FUZZ_CHECK (csv->header != NULL && csv->records->len == csv->lines->len);
  for (guint i = 0; i < csv->lines->len; i++)
    {
      guint line = g_array_index (csv->lines, guint, i);

      FUZZ_CHECK (line > previous && line >= 2);
      previous = line;
    }

  pz_import_guess_mapping (csv, &mapping);
  /* Also try every column as the name and the place: mapping is the
   * user's choice in the preview. */
  for (int name = -1; name < (int) MIN (g_strv_length (csv->header), 4); name++)
    {
      mapping.columns[PZ_IMPORT_NAME] = name;
      if (!pz_import_check_mapping (&mapping, NULL))
        continue;
      result = pz_import_match (csv, &mapping, G_LIST_MODEL (zones));
      FUZZ_CHECK (result->rows->len + result->problems->len == csv->records->len + csv->problems->len);
      for (guint i = 0; i < result->rows->len; i++)
        {
          PzImportRow *row = &g_array_index (result->rows, PzImportRow, i);

          FUZZ_CHECK (row->name != NULL && *row->name != '\0' && row->zone_id != NULL);
          FUZZ_CHECK (g_utf8_validate (row->name, -1, NULL));
        }
      described = pz_import_describe (result);
      g_clear_pointer (&described, g_free);
      g_clear_pointer (&result, pz_import_result_free);
    }

  return 0;
}
