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
#include <string.h>

#include "pz-import.h"
#include "pz-import-problem.h"
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

/* The mapping that the header's words suggest. */
void
pz_import_guess_mapping_from_header (const char * const *header,
                                     PzImportMapping    *mapping)
{
  for (guint f = 0; f < PZ_IMPORT_N_FIELDS; f++)
    {
      mapping->columns[f] = -1;
      for (guint c = 0; header[c] != NULL && mapping->columns[f] < 0; c++)
        {
          g_autofree char *key = pz_search_key (header[c]);

          for (guint h = 0; field_headers[f][h] != NULL; h++)
            if (g_str_equal (key, field_headers[f][h]))
              {
                mapping->columns[f] = (int) c;
                break;
              }
        }
    }
}

void
pz_import_guess_mapping (const PzCsv     *csv,
                         PzImportMapping *mapping)
{
  pz_import_guess_mapping_from_header ((const char * const *) csv->header, mapping);
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


/* A zone with a location, for the nearest-zone search. */
typedef struct
{
  double  latitude;   /* radians */
  double  longitude;
  double  cos_latitude;
  guint   position;   /* in the model: the first of equally near zones wins */
  PzZone *zone;
} Located;

/* What a place name was found to be, cached: the key of a name is costly
 * and a list names the same few places again and again. */
static const char unknown_place[] = "unknown", ambiguous_place[] = "ambiguous";
#define MAX_CACHED_PLACES 4096

struct _PzImportMatcher
{
  GListModel *zones;
  GHashTable *index;     /* search key → PzZone, or NULL when ambiguous */
  GHashTable *places;    /* place as written → PzZone, unknown_place or ambiguous_place */
  GArray     *located;   /* of Located, by latitude */
};

static int
compare_latitude (gconstpointer a,
                  gconstpointer b)
{
  const Located *la = a, *lb = b;

  return la->latitude < lb->latitude ? -1 : la->latitude > lb->latitude ? 1
         : (int) la->position - (int) lb->position;
}

/**
 * pz_import_matcher_new:
 * @zones: the pilot zones to match against
 *
 * Builds the indexes of @zones once, for any number of rows.
 *
 * Returns: (transfer full): the matcher
 */
PzImportMatcher *
pz_import_matcher_new (GListModel *zones)
{
  PzImportMatcher *self = g_new0 (PzImportMatcher, 1);

  self->zones = g_object_ref (zones);
  self->index = build_index (zones);
  self->places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->located = g_array_new (FALSE, FALSE, sizeof (Located));
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      Located located;

      if (!pz_zone_has_location (zone))
        continue;
      located.latitude = pz_zone_get_latitude (zone) * G_PI / 180;
      located.longitude = pz_zone_get_longitude (zone) * G_PI / 180;
      located.cos_latitude = cos (located.latitude);
      located.position = i;
      located.zone = zone;   /* the model holds it */
      g_array_append_val (self->located, located);
    }
  g_array_sort (self->located, compare_latitude);
  return self;
}

void
pz_import_matcher_free (PzImportMatcher *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->index);
  g_hash_table_unref (self->places);
  g_array_unref (self->located);
  g_object_unref (self->zones);
  g_free (self);
}

/* The haversine's inner term for the zone: the distance grows with it. */
static double
haversine (const Located *zone,
           double         lat,
           double         lon,
           double         cos_lat)
{
  double sp = sin ((zone->latitude - lat) / 2), sl = sin ((zone->longitude - lon) / 2);

  return sp * sp + cos_lat * zone->cos_latitude * sl * sl;
}

/* From the zones nearest in latitude outwards: a zone further in latitude
 * alone than the best one is in all cannot be nearer, nor any beyond it. */
static PzZone *
nearest_zone (PzImportMatcher *self,
              double           lat_deg,
              double           lon_deg,
              double          *km)
{
  double lat = lat_deg * G_PI / 180, lon = lon_deg * G_PI / 180, cos_lat = cos (lat);
  const Located *zones = (const Located *) self->located->data, *best = NULL;
  guint n = self->located->len, lo = 0, hi = n;
  double best_a = G_MAXDOUBLE;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (zones[mid].latitude < lat)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (int step = 0; step < 2; step++)
    for (int i = step == 0 ? (int) lo : (int) lo - 1; i >= 0 && i < (int) n; i += step == 0 ? 1 : -1)
      {
        double sp = sin ((zones[i].latitude - lat) / 2), a;

        if (sp * sp > best_a)
          break;
        a = haversine (&zones[i], lat, lon, cos_lat);
        if (a < best_a || (a == best_a && zones[i].position < best->position))
          {
            best_a = a;
            best = &zones[i];
          }
      }

  if (best == NULL)
    {
      *km = G_MAXDOUBLE;
      return NULL;
    }
  *km = distance_km (lat_deg, lon_deg, pz_zone_get_latitude (best->zone), pz_zone_get_longitude (best->zone));
  return best->zone;
}

static PzZone *
find_place (PzImportMatcher  *self,
            const char       *place,
            const char      **status)
{
  gpointer found;

  if (!g_hash_table_lookup_extended (self->places, place, NULL, &found))
    {
      g_autofree char *key = pz_search_key (place);

      if (!g_hash_table_lookup_extended (self->index, key, NULL, &found))
        found = (gpointer) unknown_place;
      else if (found == NULL)
        found = (gpointer) ambiguous_place;
      /* Bounded: a list of a million distinct wrong names starts over. */
      if (g_hash_table_size (self->places) >= MAX_CACHED_PLACES)
        g_hash_table_remove_all (self->places);
      g_hash_table_insert (self->places, g_strdup (place), found);
    }

  *status = found == unknown_place || found == ambiguous_place ? found : NULL;
  return *status == NULL ? found : NULL;
}

/* A value quoted in a reason, cut short: a reason is kept for thousands
 * of rows and a field may be 64 KiB. */
static char *
quote (const char *text)
{
  if (g_utf8_strlen (text, 41) <= 40)
    return g_strdup (text);
  {
    g_autofree char *start = g_utf8_substring (text, 0, 40);

    return g_strconcat (start, "…", NULL);
  }
}

/**
 * pz_import_matcher_match:
 * @fields: the record's fields (as many as @n_fields)
 * @row: (out caller-allocates): the match; its name and zone id point
 *   into @fields and the zones, valid as long as both
 * @by_place: (out) (optional): whether the zone was found by its name
 *   (else by coordinates)
 *
 * Returns: (transfer full) (nullable): why the record cannot be used, or
 *   %NULL when @row is filled
 */
char *
pz_import_matcher_match (PzImportMatcher        *self,
                         const PzImportMapping  *mapping,
                         const char * const     *fields,
                         guint                   n_fields,
                         PzImportRow            *row,
                         gboolean               *by_place)
{
#define CELL(f) (mapping->columns[f] >= 0 && (guint) mapping->columns[f] < n_fields ? fields[mapping->columns[f]] : "")
  const char *name = CELL (PZ_IMPORT_NAME);
  const char *place = CELL (PZ_IMPORT_PLACE);
  const char *lat_text = CELL (PZ_IMPORT_LATITUDE);
  const char *lon_text = CELL (PZ_IMPORT_LONGITUDE);
#undef CELL
  PzZone *zone = NULL;

  row->name = NULL;
  row->zone_id = NULL;
  row->has_location = FALSE;
  row->latitude = row->longitude = 0;

  if (*name == '\0')
    return g_strdup (_("the enterprise name is missing"));
  if (strlen (name) > PZ_IMPORT_MAX_NAME && g_utf8_strlen (name, -1) > PZ_IMPORT_MAX_NAME)
    return g_strdup_printf (_("the enterprise name is longer than %u characters"), PZ_IMPORT_MAX_NAME);

  if (*lat_text != '\0' || *lon_text != '\0')
    {
      if (!parse_coordinate (lat_text, 90, &row->latitude) || !parse_coordinate (lon_text, 180, &row->longitude))
        {
          g_autofree char *lat_quoted = quote (lat_text);
          g_autofree char *lon_quoted = quote (lon_text);

          return g_strdup_printf (_("bad coordinates “%s, %s”"), lat_quoted, lon_quoted);
        }
      row->has_location = TRUE;
    }

  if (*place != '\0')
    {
      const char *status;
      g_autofree char *quoted = NULL;

      zone = find_place (self, place, &status);
      if (status != NULL)
        quoted = quote (place);
      if (status == unknown_place)
        return g_strdup_printf (_("no pilot zone is called “%s”"), quoted);
      if (status == ambiguous_place)
        return g_strdup_printf (_("“%s” names more than one zone; write it in Chinese"), quoted);
    }
  else if (row->has_location)
    {
      double km;

      zone = nearest_zone (self, row->latitude, row->longitude, &km);
      if (zone == NULL || km > PZ_IMPORT_MAX_KM)
        return g_strdup_printf (_("no pilot zone within %.0f km of %.4f, %.4f"),
                                PZ_IMPORT_MAX_KM, row->latitude, row->longitude);
    }
  else
    return g_strdup (_("neither a zone or city nor coordinates are given"));

  row->name = (char *) name;
  row->zone_id = (char *) pz_zone_get_id (zone);
  if (by_place != NULL)
    *by_place = *place != '\0';
  return NULL;
}

static void
row_clear (gpointer data)
{
  PzImportRow *row = data;

  g_free (row->name);
  g_free (row->zone_id);
}

static int
compare_problem_lines (gconstpointer a,
                       gconstpointer b)
{
  guint la = pz_import_problem_get_line (*(PzImportProblem **) a);
  guint lb = pz_import_problem_get_line (*(PzImportProblem **) b);

  return la < lb ? -1 : la > lb;
}

/**
 * pz_import_match:
 * @zones: the pilot zones to match against
 *
 * Matches a file read whole (pz_import_file() streams instead).
 *
 * Returns: (transfer full): the usable rows and the problems, by line
 *   (with the lines that do not decode)
 */
PzImportResult *
pz_import_match (const PzCsv           *csv,
                 const PzImportMapping *mapping,
                 GListModel            *zones)
{
  PzImportResult *self = g_new0 (PzImportResult, 1);
  PzImportMatcher *matcher = pz_import_matcher_new (zones);

  self->rows = g_array_new (FALSE, TRUE, sizeof (PzImportRow));
  g_array_set_clear_func (self->rows, row_clear);
  self->problems = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < csv->records->len; i++)
    {
      GStrv record = g_ptr_array_index (csv->records, i);
      guint line = g_array_index (csv->lines, guint, i);
      PzImportRow row = { NULL, NULL, 0, 0, FALSE, line };
      char *reason = pz_import_matcher_match (matcher, mapping, (const char * const *) record,
                                              g_strv_length (record), &row, NULL);

      if (reason != NULL)
        g_ptr_array_add (self->problems, pz_import_problem_new_take (line, reason));
      else
        {
          row.name = g_strdup (row.name);
          row.zone_id = g_strdup (row.zone_id);
          g_array_append_val (self->rows, row);
        }
    }
  if (csv->problems != NULL && csv->problems->len > 0)
    {
      for (guint i = 0; i < csv->problems->len; i++)
        g_ptr_array_add (self->problems, g_object_ref (g_ptr_array_index (csv->problems, i)));
      g_ptr_array_sort (self->problems, compare_problem_lines);
    }

  pz_import_matcher_free (matcher);
  return self;
}

void
pz_import_result_free (PzImportResult *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->rows);
  g_ptr_array_unref (self->problems);
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
      g_autofree char *line = pz_import_problem_describe (g_ptr_array_index (self->problems, i));

      g_string_append_printf (text, "%s\n", line);
    }
  return g_string_free (text, FALSE);
}
