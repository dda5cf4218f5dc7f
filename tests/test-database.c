/* test-database.c
 *
 * The bundled database as the application loads it: counts, spot facts
 * from the State Council replies, and clear errors for bad files; and
 * the model objects it fills.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "pz-batch.h"
#include "pz-database.h"
#include "pz-test-bundled.h"
#include "pz-facet.h"
#include "pz-park.h"
#include "pz-park-draw.h"
#include "pz-province.h"
#include "pz-zone.h"

static PzDatabase *
open_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pz_database_default_path ();
  PzDatabase *db = pz_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

static PzZone *
find_zone (PzDatabase *db,
           const char *name_zh)
{
  GListModel *zones = pz_database_get_zones (db);

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      if (g_strcmp0 (pz_zone_get_text (zone, PZ_ZONE_NAME_ZH), name_zh) == 0)
        return g_steal_pointer (&zone);
    }
  return NULL;
}

/* Counts per batch from the data must match what the replies approved;
 * the expected numbers live here, in the test, not in the application. */
static void
test_database_counts (void)
{
  static const guint expected[] = PZ_TEST_BUNDLED_BATCH_SIZES;
  g_autoptr(PzDatabase) db = open_bundled ();
  GListModel *zones = pz_database_get_zones (db);
  GListModel *batches = pz_database_get_batches (db);
  guint counts[G_N_ELEMENTS (expected) + 1] = { 0 };
  g_autoptr(GHashTable) provinces = g_hash_table_new (g_str_hash, g_str_equal);
  guint total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      guint batch = pz_zone_get_batch (zone);

      g_assert_cmpuint (batch, >=, 1);
      g_assert_cmpuint (batch, <=, G_N_ELEMENTS (expected));
      counts[batch]++;
      total++;
      g_hash_table_add (provinces, (gpointer) pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE));
      g_assert_nonnull (pz_zone_get_text (zone, PZ_ZONE_SOURCE_URL));
      g_assert_true (g_str_has_prefix (pz_zone_get_text (zone, PZ_ZONE_SOURCE_URL), "http"));
      g_assert_nonnull (pz_zone_get_text (zone, PZ_ZONE_DOCUMENT));
      g_assert_true (pz_zone_has_location (zone));
    }

  g_assert_cmpuint (total, ==, PZ_TEST_BUNDLED_ZONES);
  for (guint b = 1; b <= G_N_ELEMENTS (expected); b++)
    g_assert_cmpuint (counts[b], ==, expected[b - 1]);
  g_assert_cmpuint (g_hash_table_size (provinces), ==, PZ_TEST_BUNDLED_PROVINCES);

  /* The batches table agrees with the zones it lists. */
  g_assert_cmpuint (g_list_model_get_n_items (batches), >=, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(PzBatch) batch = g_list_model_get_item (batches, i);

      g_assert_cmpuint (pz_batch_get_number (batch), ==, i + 1);
      g_assert_cmpuint (pz_batch_get_zone_count (batch), ==, expected[i]);
    }
}

typedef struct
{
  const char *name_zh;
  const char *name_en;
  guint       batch;
  const char *province_en;
  const char *document;
  guint       year;
} SpotFact;

static void
test_database_spot_facts (void)
{
  static const SpotFact facts[] = {
    { "杭州市", "Hangzhou", 1, "Zhejiang", "国函〔2015〕44号", 2015 },
    { "义乌市", "Yiwu", 3, "Zhejiang", "国函〔2018〕93号", 2018 },
    { "雄安新区", NULL, 5, "Hebei", "国函〔2020〕47号", 2020 },
    { "深圳市", "Shenzhen", 2, "Guangdong", "国函〔2016〕17号", 2016 },
    { "珲春市", "Hunchun", 4, "Jilin", "国函〔2019〕137号", 2019 },
    { "德宏傣族景颇族自治州", NULL, 5, "Yunnan", "国函〔2020〕47号", 2020 },
    { "喀什地区", NULL, 6, "Xinjiang", "国函〔2022〕8号", 2022 },
    { "阿拉山口市", "Alashankou", 6, "Xinjiang", "国函〔2022〕8号", 2022 },
    { "伊犁哈萨克自治州", NULL, 7, "Xinjiang", "国函〔2022〕126号", 2022 },
    { "拉萨市", "Lhasa", 7, "Tibet", "国函〔2022〕126号", 2022 },
  };
  g_autoptr(PzDatabase) db = open_bundled ();

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      g_autoptr(PzZone) zone = find_zone (db, facts[i].name_zh);
      g_autofree char *year = g_strdup_printf ("%u", facts[i].year);

      g_test_message ("%s", facts[i].name_zh);
      g_assert_nonnull (zone);
      if (facts[i].name_en != NULL)
        g_assert_cmpstr (pz_zone_get_text (zone, PZ_ZONE_NAME_EN), ==, facts[i].name_en);
      g_assert_cmpuint (pz_zone_get_batch (zone), ==, facts[i].batch);
      g_assert_cmpstr (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_EN), ==, facts[i].province_en);
      g_assert_cmpstr (pz_zone_get_text (zone, PZ_ZONE_DOCUMENT), ==, facts[i].document);
      g_assert_true (g_str_has_prefix (pz_zone_get_text (zone, PZ_ZONE_APPROVED), year));
    }
}

/* Zones revoked when the whole-island Hainan zone was set up stay in the
 * data, marked as ended, so that a batch still lists all it approved. */
static void
test_database_ended_zones (void)
{
  g_autoptr(PzDatabase) db = open_bundled ();
  g_autoptr(PzZone) haikou = find_zone (db, "海口市");
  g_autoptr(PzZone) hangzhou = find_zone (db, "杭州市");

  g_assert_nonnull (haikou);
  g_assert_true (pz_zone_is_ended (haikou));
  g_assert_true (g_str_has_prefix (pz_zone_get_text (haikou, PZ_ZONE_ENDED), "2025"));
  g_assert_false (pz_zone_is_ended (hangzhou));
}

static void
test_database_basemap (void)
{
  g_autoptr(PzDatabase) db = open_bundled ();
  PzBasemap *basemap = pz_database_get_basemap (db);

  /* 31 mainland divisions, Hong Kong, Macau, Taiwan and the Paracels. */
  g_assert_cmpuint (pz_basemap_get_n_shapes (basemap, PZ_BASEMAP_PROVINCES), ==, 35);
  g_assert_cmpuint (pz_basemap_get_n_shapes (basemap, PZ_BASEMAP_LAND_FINE), >, 100);
  g_assert_cmpuint (pz_basemap_get_n_shapes (basemap, PZ_BASEMAP_BORDERS_FINE), >, 100);
}

static char *
write_temp (const char *contents,
            gsize       length)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("pz-test-XXXXXX.gpkg", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_database_corrupt (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  char bytes[8192];
  PzDatabase *db;

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (char) g_rand_int_range (rand, 0, 256);
  path = write_temp (bytes, sizeof bytes);

  db = pz_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_CORRUPT);
  /* The message names the file, so a user knows what to replace. */
  g_assert_nonnull (strstr (error->message, path));
  g_unlink (path);
}

static void
test_database_missing (void)
{
  g_autoptr(GError) error = NULL;
  PzDatabase *db = pz_database_open ("/nonexistent/pilot-zones.gpkg", &error);

  g_assert_null (db);
  g_assert_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent/pilot-zones.gpkg"));
}

/* A valid SQLite file that is not a GeoPackage is refused for its schema:
 * the bundled database with its application_id (header offset 68) cleared. */
static void
test_database_wrong_schema (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bundled = pz_database_default_path ();
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  gsize length;
  PzDatabase *db;

  g_file_get_contents (bundled, &contents, &length, &error);
  g_assert_no_error (error);
  memset (contents + 68, 0, 4);
  path = write_temp (contents, length);

  db = pz_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, path));
  g_unlink (path);
}

static gboolean
has_figure (PzDatabase *db,
            const char *indicator,
            double      value,
            guint       year)
{
  g_autoptr(GListModel) rows = pz_database_find_indicators (db, "CN", indicator);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(PzIndicator) row = g_list_model_get_item (rows, i);

      /* A source: a page, or a broadcast cited in the note. */
      if (pz_indicator_get_year (row) == year && G_APPROX_VALUE (pz_indicator_get_value (row), value, 1e-9))
        return pz_indicator_get_source_url (row) != NULL || pz_indicator_get_note (row) != NULL;
    }
  return FALSE;
}

/* The national figures the statistics show, each with its year and a
 * source; trade in billion CNY whatever the source's unit. */
static void
test_database_national_figures (void)
{
  g_autoptr(PzDatabase) db = open_bundled ();

  g_assert_true (has_figure (db, "trade_value", 1690, 2020));
  g_assert_true (has_figure (db, "trade_value_growth", 31.1, 2020));
  g_assert_true (has_figure (db, "trade_value", 2100, 2022));
  g_assert_true (has_figure (db, "trade_value", 2380, 2023));
  g_assert_true (has_figure (db, "trade_value_growth", 15.6, 2023));
  g_assert_true (has_figure (db, "linked_enterprises", 200000, 2022));
  g_assert_true (has_figure (db, "overseas_warehouses", 1800, 2023));
  /* From the reports the project started from, cited by publication. */
  g_assert_true (has_figure (db, "platform_enterprises", 60000, 2023));
  g_assert_true (has_figure (db, "parks", 330, 2020));
  g_assert_true (has_figure (db, "jobs", 3000000, 2020));
  g_assert_false (has_figure (db, "trade_value", 0, 2023));
}

/* A link says what it cites: a government page, a state-media report,
 * or a copy elsewhere. */
static void
test_database_source_kinds (void)
{
  g_autoptr(PzDatabase) db = open_bundled ();
  g_autofree char *official = pz_database_describe_source (db, "https://www.cac.gov.cn/2015-03/16/c_1114657947.htm");
  g_autofree char *reported = pz_database_describe_source (db, "https://tv.cctv.com/2024/02/20/VIDEwhKiXIqDzv6Gr2nCQZbF240220.shtml");
  g_autofree char *copy = pz_database_describe_source (db, "https://www.ichongqing.info/2022/04/25/chongqing-to-construct-a-chinas-cross-border-e-commerce-pilot-zone-in-2025/");
  g_autofree char *unknown = pz_database_describe_source (db, "https://example.org/");

  g_assert_true (g_str_has_prefix (official, "Official: "));
  g_assert_true (g_str_has_suffix (official, "(www.cac.gov.cn)"));
  g_assert_cmpstr (reported, ==, "Reported by CCTV");
  g_assert_cmpstr (copy, ==, "Copy at www.ichongqing.info");
  g_assert_null (unknown);
}

/* A zone's ring of parks that falls in one cluster cell is drawn where
 * its first park is, not under the zone's marker. The view puts
 * Hangzhou at (294, 297): its three parks, 15 px around it, all fall in
 * the 28 px cell (10, 10). */
static void
test_database_park_cluster_visible (void)
{
  g_autoptr(PzDatabase) db = open_bundled ();
  g_autoptr(PzPark) at_zone = NULL;
  g_autoptr(PzPark) above = NULL;
  PzView view;

  pz_view_init_centered (&view, 30.29365, 120.16142, 6, 588, 594, 1);
  at_zone = pz_parks_hit_test (&view, pz_database_get_parks (db), pz_database_get_zones (db), 294, 297);
  above = pz_parks_hit_test (&view, pz_database_get_parks (db), pz_database_get_zones (db), 294, 297 - 15);
  g_assert_null (at_zone);
  g_assert_nonnull (above);
  g_assert_cmpstr (pz_park_get_zone_id (above), ==, "hangzhou");
}

/* A figure reads as published: a short qualifier before the value, a
 * remark after the year, an unknown unit as written, a large number in
 * full. */
static char *
format_figure (double      value,
               const char *unit,
               guint       year,
               const char *qualifier)
{
  g_autoptr(PzIndicator) figure = g_object_new (PZ_TYPE_INDICATOR, "value", value, "unit", unit,
                                                "year", year, "qualifier", qualifier, NULL);

  return pz_indicator_format_value (figure);
}

static void
test_indicator_format (void)
{
  g_autofree char *a = format_figure (200000, "enterprises", 2022, "about");
  g_autofree char *p = format_figure (124.805, "billion CNY", 2023, "January-November only");
  g_autofree char *o = format_figure (8, "berths", 2020, NULL);
  g_autofree char *b = format_figure (45, "billion CNY", 2025, "January-November only; more than");
  g_autofree char *l = format_figure (1234567, "jobs", 2021, NULL);

  g_assert_cmpstr (a, ==, "about 200,000 enterprises (2022)");
  g_assert_cmpstr (p, ==, "124.805 billion CNY (2023; January-November only)");
  g_assert_cmpstr (o, ==, "8 berths (2020)");
  g_assert_cmpstr (b, ==, "more than 45 billion CNY (2025; January-November only)");
  g_assert_cmpstr (l, ==, "1,234,567 jobs (2021)");
}

/* One label table: a zone's figure and the national one may need other
 * words for the same indicator. */
static void
test_indicator_labels (void)
{
  g_autoptr(PzIndicator) zone_jobs = g_object_new (PZ_TYPE_INDICATOR, "indicator", "jobs", "scope", "zone", NULL);

  g_assert_cmpstr (pz_indicator_label_for ("trade_value", "zone"), ==, "Cross-border e-commerce trade");
  g_assert_cmpstr (pz_indicator_label_for ("trade_value", "national"), ==, "Cross-border e-commerce trade");
  g_assert_cmpstr (pz_indicator_label_for ("jobs", "national"), ==, "Jobs created");
  g_assert_cmpstr (pz_indicator_get_label (zone_jobs), ==, "Jobs");
  g_assert_cmpstr (pz_indicator_label_for ("berths", NULL), ==, "berths");
}

/* The coverage README.md and data/SOURCES.md state: 43 parks for 38
 * zones, 32 of them among the 35 zones of batches 1–3. */
static void
test_database_parks (void)
{
  g_autoptr(PzDatabase) db = open_bundled ();
  GListModel *parks = pz_database_get_parks (db);
  g_autoptr(GHashTable) batch_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) with_parks = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *zones = pz_database_get_zones (db);
  guint early_with_parks = 0;

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      g_hash_table_insert (batch_of, (gpointer) pz_zone_get_id (zone),
                           GUINT_TO_POINTER (pz_zone_get_batch (zone)));
    }

  g_assert_cmpuint (g_list_model_get_n_items (parks), ==, 43);
  for (guint i = 0; i < g_list_model_get_n_items (parks); i++)
    {
      g_autoptr(PzPark) park = g_list_model_get_item (parks, i);
      const char *zone_id = pz_park_get_zone_id (park);
      double lat, lon;

      g_assert_true (g_hash_table_contains (batch_of, zone_id));
      g_assert_nonnull (pz_park_get_text (park, PZ_PARK_SOURCE_URL));
      /* A position is claimed only for a park known to its site. */
      g_assert_true (pz_park_is_approximate (park) != pz_park_get_location (park, &lat, &lon));
      if (g_hash_table_add (with_parks, (gpointer) zone_id) &&
          GPOINTER_TO_UINT (g_hash_table_lookup (batch_of, zone_id)) <= 3)
        early_with_parks++;
    }
  g_assert_cmpuint (g_hash_table_size (with_parks), ==, 38);
  g_assert_cmpuint (early_with_parks, ==, 32);

  /* Each zone knows its number of parks. */
  for (guint i = 0; i < g_list_model_get_n_items (pz_database_get_zones (db)); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (pz_database_get_zones (db), i);
      const char *id = pz_zone_get_id (zone);

      if (g_str_equal (id, "hangzhou"))
        g_assert_cmpuint (pz_zone_get_n_parks (zone), ==, 3);
      else if (g_str_equal (id, "weihai"))
        g_assert_cmpuint (pz_zone_get_n_parks (zone), ==, 1);
      else if (g_str_equal (id, "kunming"))
        g_assert_cmpuint (pz_zone_get_n_parks (zone), ==, 0);
    }
}

/* The property a column of the parks table fills. */
static char *
park_property (const char *column)
{
  if (g_str_equal (column, "lat"))
    return g_strdup ("latitude");
  if (g_str_equal (column, "lon"))
    return g_strdup ("longitude");
  return g_strdelimit (g_strdup (column), "_", '-');
}

static void
assert_column_arrived (GObject      *park,
                       sqlite3_stmt *stmt,
                       int           column)
{
  g_autofree char *name = park_property (sqlite3_column_name (stmt, column));
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (park), name);
  g_auto(GValue) value = G_VALUE_INIT;

  if (pspec == NULL)
    g_error ("the parks column %s has no property", name);
  g_object_get_property (park, name, &value);

  if (G_VALUE_HOLDS_STRING (&value))
    g_assert_cmpstr (g_value_get_string (&value), ==, (const char *) sqlite3_column_text (stmt, column));
  else if (G_VALUE_HOLDS_UINT (&value))
    g_assert_cmpuint (g_value_get_uint (&value), ==, (guint) sqlite3_column_int64 (stmt, column));
  else if (G_VALUE_HOLDS_DOUBLE (&value))
    g_assert_cmpfloat (g_value_get_double (&value), ==, sqlite3_column_double (stmt, column));
  else
    g_error ("the property %s has a type this test does not know", name);
}

/* Every column of the parks table arrives in the park objects, value
 * by value, and a column the data gains without a property fails here.
 * (The loader once read at most 32 columns, dropping the rest.) */
static void
test_database_park_columns (void)
{
  g_autoptr(PzDatabase) db = open_bundled ();
  GListModel *parks = pz_database_get_parks (db);
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_open_v2 (pz_database_get_path (db), &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT * FROM parks ORDER BY zone_id, fid", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(PzPark) park = g_list_model_get_item (parks, n++);
      gboolean has_lat = FALSE;
      double lat, lon;

      g_assert_nonnull (park);
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const char *column = sqlite3_column_name (stmt, c);

          /* The row id, and the point that the lat and lon columns repeat */
          if (g_str_equal (column, "fid") || g_str_equal (column, "geom"))
            continue;
          assert_column_arrived (G_OBJECT (park), stmt, c);
          if (g_str_equal (column, "lat"))
            has_lat = sqlite3_column_type (stmt, c) != SQLITE_NULL;
        }
      g_assert_true (pz_park_get_location (park, &lat, &lon) == has_lat);
    }
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (parks));
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
}

/* Provinces know their zones and parks, and hold their own figures. */
static void
test_database_provinces (void)
{
  g_autoptr(PzDatabase) db = open_bundled ();
  GListModel *provinces = pz_database_get_provinces (db);
  GListModel *zones = pz_database_get_zones (db);
  g_autoptr(PzProvince) zhejiang = NULL;
  g_autoptr(PzProvince) jiangsu = NULL;
  g_autoptr(PzIndicator) latest = NULL;
  GListModel *figures;
  guint n_zones = 0, n_parks = 0, n_warehouse_figures = 0;

  /* 31 mainland divisions, Hong Kong, Macau and Taiwan: the Paracels have no code. */
  g_assert_cmpuint (g_list_model_get_n_items (provinces), ==, 34);
  for (guint i = 0; i < g_list_model_get_n_items (provinces); i++)
    {
      g_autoptr(PzProvince) province = g_list_model_get_item (provinces, i);

      if (g_str_equal (pz_province_get_code (province), "330000"))
        zhejiang = g_steal_pointer (&province);
      else if (g_str_equal (pz_province_get_code (province), "320000"))
        jiangsu = g_steal_pointer (&province);
    }
  g_assert_nonnull (zhejiang);
  g_assert_nonnull (jiangsu);

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);

      if (g_strcmp0 (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE), "330000") != 0)
        continue;
      n_zones++;
      n_parks += pz_zone_get_n_parks (zone);
    }
  g_assert_cmpstr (pz_province_get_name_zh (zhejiang), ==, "浙江省");
  g_assert_cmpstr (pz_province_get_display_name (zhejiang), ==, "Zhejiang");
  g_assert_cmpuint (pz_province_get_n_zones (zhejiang), ==, n_zones);
  g_assert_cmpuint (pz_province_get_n_parks (zhejiang), ==, n_parks);
  g_assert_cmpuint (n_parks, >=, 3);

  figures = pz_province_get_figures (jiangsu);
  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(PzIndicator) figure = g_list_model_get_item (figures, i);

      g_assert_cmpstr (pz_indicator_get_scope (figure), ==, "province");
      g_assert_cmpstr (pz_indicator_get_scope_id (figure), ==, "320000");
      if (g_str_equal (pz_indicator_get_indicator (figure), "overseas_warehouses"))
        {
          g_assert_cmpuint (pz_indicator_get_year (figure), ==, 2021);
          n_warehouse_figures++;
        }
    }
  g_assert_cmpuint (n_warehouse_figures, ==, 1);

  latest = pz_province_find_latest (jiangsu, "parks");
  g_assert_cmpuint (pz_indicator_get_year (latest), ==, 2021);
  g_assert_null (pz_province_find_latest (jiangsu, "berths"));
}

/* The filter panels' order: by number for batches (8 after 7, 10 after
 * 9), by title for provinces, larger counts first when asked, and equal
 * facets equal (the batch order once never returned 0). */
static void
test_facet_compare (void)
{
  g_autoptr(PzFacet) nine = pz_facet_new ("9", "Batch 9", NULL);
  g_autoptr(PzFacet) ten = pz_facet_new ("10", "Batch 10", NULL);
  g_autoptr(PzFacet) ten_again = pz_facet_new ("10", "Batch 10", NULL);

  g_assert_cmpint (pz_facet_compare (nine, ten, FALSE, TRUE), <, 0);
  g_assert_cmpint (pz_facet_compare (ten, nine, FALSE, TRUE), >, 0);
  g_assert_cmpint (pz_facet_compare (ten, ten_again, FALSE, TRUE), ==, 0);
  g_assert_cmpint (pz_facet_compare (ten, ten_again, TRUE, TRUE), ==, 0);
  g_assert_cmpint (pz_facet_compare (ten, nine, FALSE, FALSE), <, 0);

  pz_facet_set_count (ten, 3);
  pz_facet_set_count (nine, 5);
  g_assert_cmpint (pz_facet_compare (nine, ten, TRUE, TRUE), <, 0);
  pz_facet_set_count (ten, 5);
  g_assert_cmpint (pz_facet_compare (nine, ten, TRUE, TRUE), <, 0);
}

/* A GeoPackage of another schema version is refused by version. */
static void
test_database_schema_version (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bundled = pz_database_default_path ();
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  sqlite3 *db = NULL;
  gsize length;
  PzDatabase *opened;

  g_file_get_contents (bundled, &contents, &length, &error);
  g_assert_no_error (error);
  path = write_temp (contents, length);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE pz_meta SET value = '99' WHERE key = 'schema_version'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  opened = pz_database_open (path, &error);
  g_assert_null (opened);
  g_assert_error (error, PZ_DATABASE_ERROR, PZ_DATABASE_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, "schema version 99"));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/database/counts", test_database_counts);
  g_test_add_func ("/database/spot-facts", test_database_spot_facts);
  g_test_add_func ("/database/ended-zones", test_database_ended_zones);
  g_test_add_func ("/database/basemap", test_database_basemap);
  g_test_add_func ("/database/national-figures", test_database_national_figures);
  g_test_add_func ("/database/parks", test_database_parks);
  g_test_add_func ("/database/park-columns", test_database_park_columns);
  g_test_add_func ("/database/provinces", test_database_provinces);
  g_test_add_func ("/database/indicator-format", test_indicator_format);
  g_test_add_func ("/database/source-kinds", test_database_source_kinds);
  g_test_add_func ("/database/indicator-labels", test_indicator_labels);
  g_test_add_func ("/database/facet-compare", test_facet_compare);
  g_test_add_func ("/database/park-cluster-visible", test_database_park_cluster_visible);
  g_test_add_func ("/database/corrupt", test_database_corrupt);
  g_test_add_func ("/database/missing", test_database_missing);
  g_test_add_func ("/database/wrong-schema", test_database_wrong_schema);
  g_test_add_func ("/database/schema-version", test_database_schema_version);

  return g_test_run ();
}
