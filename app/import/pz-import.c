/* pz-import.c
 *
 * Matches the rows of a planner's enterprise list to pilot zones: by the
 * zone's or city's name in Chinese, English or pinyin, or by coordinates
 * to the nearest zone within PZ_IMPORT_MAX_KM. Every row that cannot be
 * used is reported with its line and the reason; nothing is guessed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "pz-import.h"
#include "pz-search.h"
#include "pz-zone.h"

/* Header words that name each field, compared as search keys. */
static const char * const field_headers[PZ_IMPORT_N_FIELDS][12] = {
  [PZ_IMPORT_NAME] = { "name", "enterprise", "company", "enterprisename", "companyname",
                       "企业名称", "企业", "名称", "公司", "公司名称", "单位名称", NULL },
  [PZ_IMPORT_PLACE] = { "zone", "city", "place", "pilotzone", "综试区", "城市", "所在城市",
                        "地区", "所在地", "市", "城市名称", NULL },
  [PZ_IMPORT_LATITUDE] = { "lat", "latitude", "纬度", "y", NULL },
  [PZ_IMPORT_LONGITUDE] = { "lon", "lng", "long", "longitude", "经度", "x", NULL },
};

void
pz_import_guess_mapping (const PzCsv     *csv,
                         PzImportMapping *mapping)
{
  for (guint f = 0; f < PZ_IMPORT_N_FIELDS; f++)
    {
      mapping->columns[f] = -1;
      for (guint c = 0; csv->header[c] != NULL && mapping->columns[f] < 0; c++)
        {
          g_autofree char *key = pz_search_key (csv->header[c]);

          for (guint h = 0; field_headers[f][h] != NULL; h++)
            if (g_str_equal (key, field_headers[f][h]))
              {
                mapping->columns[f] = (int) c;
                break;
              }
        }
    }
}

gboolean
pz_import_check_mapping (const PzImportMapping  *mapping,
                         GError                **error)
{
  if (mapping->columns[PZ_IMPORT_NAME] < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("No column holds the enterprise name (a header such as “name” or “企业名称”)"));
      return FALSE;
    }
  if (mapping->columns[PZ_IMPORT_PLACE] < 0 &&
      (mapping->columns[PZ_IMPORT_LATITUDE] < 0 || mapping->columns[PZ_IMPORT_LONGITUDE] < 0))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("No column holds a zone or city (“city”, “城市”) or both coordinates (“lat”, “lon”)"));
      return FALSE;
    }
  return TRUE;
}

/* Chinese administrative suffixes people leave out: 杭州市 is 杭州. */
static const char * const zh_suffixes[] = { "市", "地区", "新区", "盟", NULL };

static void
index_key (GHashTable *index,
           const char *text,
           PzZone     *zone)
{
  g_autofree char *key = pz_search_key (text);
  PzZone *existing;

  if (*key == '\0')
    return;
  existing = g_hash_table_lookup (index, key);
  /* A key shared by two zones (Taizhou: 泰州 and 台州) is ambiguous;
   * the zone is NULL and the row must say which it means. */
  if (g_hash_table_contains (index, key) && existing != zone)
    g_hash_table_replace (index, g_steal_pointer (&key), NULL);
  else
    g_hash_table_replace (index, g_steal_pointer (&key), zone);
}

static GHashTable *
build_index (GListModel *zones)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      const char *zh = pz_zone_get_text (zone, PZ_ZONE_NAME_ZH);
      const char *en = pz_zone_get_text (zone, PZ_ZONE_NAME_EN);
      g_auto(GStrv) words = en != NULL ? g_strsplit (en, " ", 2) : NULL;

      index_key (index, zh, zone);
      index_key (index, en, zone);
      index_key (index, pz_zone_get_text (zone, PZ_ZONE_NAME_PINYIN), zone);
      index_key (index, pz_zone_get_id (zone), zone);

      for (guint s = 0; zh != NULL && zh_suffixes[s] != NULL; s++)
        if (g_str_has_suffix (zh, zh_suffixes[s]) && strlen (zh) > strlen (zh_suffixes[s]))
          {
            g_autofree char *stem = g_strndup (zh, strlen (zh) - strlen (zh_suffixes[s]));

            index_key (index, stem, zone);
          }

      /* Autonomous prefectures go by their place name: 德宏, 伊犁. */
      if (zh != NULL && g_str_has_suffix (zh, "自治州"))
        {
          g_autofree char *stem = g_utf8_substring (zh, 0, 2);

          index_key (index, stem, zone);
        }

      /* "Dehong Dai and Jingpo Autonomous Prefecture", "Jilin City". */
      if (words != NULL && words[0] != NULL && words[1] != NULL)
        index_key (index, words[0], zone);
    }
  return index;
}

/* Great-circle distance in km. */
static double
distance_km (double lat1,
             double lon1,
             double lat2,
             double lon2)
{
  double p1 = lat1 * G_PI / 180, p2 = lat2 * G_PI / 180;
  double dp = p2 - p1, dl = (lon2 - lon1) * G_PI / 180;
  double a = sin (dp / 2) * sin (dp / 2) + cos (p1) * cos (p2) * sin (dl / 2) * sin (dl / 2);

  return 6371.0088 * 2 * atan2 (sqrt (a), sqrt (1 - a));
}

static PzZone *
nearest_zone (GListModel *zones,
              double      lat,
              double      lon,
              double     *km)
{
  PzZone *best = NULL;

  *km = G_MAXDOUBLE;
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      double d;

      if (!pz_zone_has_location (zone))
        continue;
      d = distance_km (lat, lon, pz_zone_get_latitude (zone), pz_zone_get_longitude (zone));
      if (d < *km)
        {
          *km = d;
          best = zone;
        }
    }
  return best;
}

static const char *
cell (GStrv        record,
      int          column)
{
  if (column < 0 || column >= (int) g_strv_length (record))
    return "";
  return record[column];
}

/* Decimal notation only, as a spreadsheet writes it ("-30.25", "120"):
 * strtod alone would also take hex ("0x1Ep0"), "inf", "nan" and
 * exponents, none of which a list of places holds. */
static gboolean
is_decimal (const char *text)
{
  gboolean digits = FALSE;

  while (*text == ' ')
    text++;
  if (*text == '+' || *text == '-')
    text++;
  for (; g_ascii_isdigit (*text); text++)
    digits = TRUE;
  if (*text == '.')
    for (text++; g_ascii_isdigit (*text); text++)
      digits = TRUE;
  return digits && *text == '\0';
}

static gboolean
parse_coordinate (const char *text,
                  double      limit,
                  double     *value)
{
  if (!is_decimal (text))
    return FALSE;
  *value = g_ascii_strtod (text, NULL);
  return isfinite (*value) && fabs (*value) <= limit;
}

static void
add_problem (PzImportResult *self,
             guint           line,
             char           *reason)
{
  PzImportProblem problem = { line, reason };

  g_array_append_val (self->problems, problem);
}

static void
row_clear (gpointer data)
{
  PzImportRow *row = data;

  g_free (row->name);
  g_free (row->zone_id);
}

static void
problem_clear (gpointer data)
{
  g_free (((PzImportProblem *) data)->reason);
}

/* Matches one record; returns the reason it cannot be used, or NULL. */
static char *
match_record (GStrv                  record,
              const PzImportMapping *mapping,
              GListModel            *zones,
              GHashTable            *index,
              PzImportRow           *row)
{
  const char *name = cell (record, mapping->columns[PZ_IMPORT_NAME]);
  const char *place = cell (record, mapping->columns[PZ_IMPORT_PLACE]);
  const char *lat_text = cell (record, mapping->columns[PZ_IMPORT_LATITUDE]);
  const char *lon_text = cell (record, mapping->columns[PZ_IMPORT_LONGITUDE]);
  PzZone *zone = NULL;

  if (*name == '\0')
    return g_strdup (_("the enterprise name is missing"));

  if (*lat_text != '\0' || *lon_text != '\0')
    {
      if (!parse_coordinate (lat_text, 90, &row->latitude) || !parse_coordinate (lon_text, 180, &row->longitude))
        return g_strdup_printf (_("bad coordinates “%s, %s”"), lat_text, lon_text);
      row->has_location = TRUE;
    }

  if (*place != '\0')
    {
      g_autofree char *key = pz_search_key (place);

      if (!g_hash_table_lookup_extended (index, key, NULL, (gpointer *) &zone))
        return g_strdup_printf (_("no pilot zone is called “%s”"), place);
      if (zone == NULL)
        return g_strdup_printf (_("“%s” names more than one zone; write it in Chinese"), place);
    }
  else if (row->has_location)
    {
      double km;

      zone = nearest_zone (zones, row->latitude, row->longitude, &km);
      if (zone == NULL || km > PZ_IMPORT_MAX_KM)
        return g_strdup_printf (_("no pilot zone within %.0f km of %.4f, %.4f"),
                                PZ_IMPORT_MAX_KM, row->latitude, row->longitude);
    }
  else
    return g_strdup (_("neither a zone or city nor coordinates are given"));

  row->name = g_strdup (name);
  row->zone_id = g_strdup (pz_zone_get_id (zone));
  return NULL;
}

/**
 * pz_import_match:
 * @zones: the pilot zones to match against
 *
 * Returns: (transfer full): the usable rows and the problems, by line
 */
PzImportResult *
pz_import_match (const PzCsv           *csv,
                 const PzImportMapping *mapping,
                 GListModel            *zones)
{
  PzImportResult *self = g_new0 (PzImportResult, 1);
  g_autoptr(GHashTable) index = build_index (zones);

  self->rows = g_array_new (FALSE, TRUE, sizeof (PzImportRow));
  g_array_set_clear_func (self->rows, row_clear);
  self->problems = g_array_new (FALSE, TRUE, sizeof (PzImportProblem));
  g_array_set_clear_func (self->problems, problem_clear);

  for (guint i = 0; i < csv->records->len; i++)
    {
      PzImportRow row = { NULL, NULL, 0, 0, FALSE, g_array_index (csv->lines, guint, i) };
      char *reason = match_record (g_ptr_array_index (csv->records, i), mapping, zones, index, &row);

      if (reason != NULL)
        add_problem (self, row.line, reason);
      else
        g_array_append_val (self->rows, row);
    }

  return self;
}

void
pz_import_result_free (PzImportResult *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->rows);
  g_array_unref (self->problems);
  g_free (self);
}

/**
 * pz_import_describe:
 *
 * Returns: (transfer full): "Line 4: the enterprise name is missing" …,
 *   one problem a line
 */
char *
pz_import_describe (const PzImportResult *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->problems->len; i++)
    {
      PzImportProblem *problem = &g_array_index (self->problems, PzImportProblem, i);

      /* Translators: a row that was not imported, e.g. "Line 4: the name is missing" */
      g_string_append_printf (text, _("Line %u: %s\n"), problem->line, problem->reason);
    }
  return g_string_free (text, FALSE);
}
