/* pz-test-enterprises.h
 *
 * A large generated list of enterprises for the tests and the benchmark
 * of imported points: deterministic (fixed seed), every coordinate in
 * mainland China — dense around seven cities whose zones are in the
 * bundled data, the rest spread over a box from Yunnan to Hebei — and
 * every tenth row without coordinates, placed at its zone. Row i is
 * named "Enterprise i".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pz-user-database.h"

#define PZ_TEST_ENTERPRISES_SEED 4711

typedef struct
{
  const char *zone_id;
  double      latitude;
  double      longitude;
} PzTestCity;

/* Inland of the coast by at least the spread below. */
static const PzTestCity pz_test_cities[] = {
  { "shanghai", 31.15, 121.30 }, { "suzhou", 31.30, 120.60 }, { "hangzhou", 30.27, 120.10 },
  { "guangzhou", 23.20, 113.30 }, { "beijing", 39.90, 116.40 }, { "chengdu", 30.66, 104.06 },
  { "wuhan", 30.59, 114.30 },
};

/* The row @i of the list; @name is a buffer for its name. */
static inline void
pz_test_enterprise_row (GRand       *rand,
                        guint        i,
                        char        *name,
                        gsize        name_size,
                        PzImportRow *row)
{
  const PzTestCity *city = &pz_test_cities[i % G_N_ELEMENTS (pz_test_cities)];

  g_snprintf (name, name_size, "Enterprise %u", i);
  row->name = name;
  row->zone_id = (char *) city->zone_id;
  row->line = i + 2;
  if (i % 3 != 2)
    {
      /* Within ±0.3° of the city. */
      row->latitude = city->latitude + g_rand_double_range (rand, -0.3, 0.3);
      row->longitude = city->longitude + g_rand_double_range (rand, -0.3, 0.3);
    }
  else
    {
      row->latitude = g_rand_double_range (rand, 25, 40);
      row->longitude = g_rand_double_range (rand, 103, 118);
    }
  row->has_location = i % 10 != 9;
}

/* Imports @n generated rows through the streaming writer. */
static inline gint64
pz_test_import_enterprises (PzUserDatabase *user,
                            guint           n,
                            guint32         seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GError) error = NULL;
  g_autoptr(PzUserImportWriter) writer = pz_user_database_begin_import (user, "enterprises.csv", NULL, &error);
  gint64 id;

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      char name[32];
      PzImportRow row;

      pz_test_enterprise_row (rand, i, name, sizeof name, &row);
      g_assert_true (pz_user_import_writer_add (writer, &row, &error));
    }
  id = pz_user_import_writer_commit (writer, &error);
  g_assert_no_error (error);
  return id;
}

/* The same @n rows as a CSV file a planner would import: name, the zone
 * as its id, and the coordinates, empty where the row has none. */
static inline void
pz_test_write_enterprises_csv (const char *path,
                               guint       n,
                               guint32     seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GString) csv = g_string_new ("name,city,lat,lon\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      char name[32];
      PzImportRow row;

      pz_test_enterprise_row (rand, i, name, sizeof name, &row);
      /* Written to round-trip exactly, whatever the locale. */
      if (row.has_location)
        {
          char lat[G_ASCII_DTOSTR_BUF_SIZE], lon[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append_printf (csv, "%s,%s,%s,%s\n", row.name, row.zone_id,
                                  g_ascii_dtostr (lat, sizeof lat, row.latitude),
                                  g_ascii_dtostr (lon, sizeof lon, row.longitude));
        }
      else
        g_string_append_printf (csv, "%s,%s,,\n", row.name, row.zone_id);
    }
  g_assert_true (g_file_set_contents (path, csv->str, (gssize) csv->len, &error));
  g_assert_no_error (error);
}
