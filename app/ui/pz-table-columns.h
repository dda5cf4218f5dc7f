/* pz-table-columns.h
 *
 * The table view's columns, read only by pz-table-view.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pz-database.h"
#include "pz-zone.h"

G_BEGIN_DECLS

/* A province's totals over the zones shown. */
#define PZ_TYPE_PROVINCE_TOTALS (pz_province_totals_get_type())
G_DECLARE_FINAL_TYPE (PzProvinceTotals, pz_province_totals, PZ, PROVINCE_TOTALS, GObject)

struct _PzProvinceTotals
{
  GObject  parent_instance;

  char    *code;
  char    *name;
  guint    zones;
  guint    parks;
  guint    imported;
};

/* What the cells read besides their row. */
typedef struct
{
  GHashTable *imported;  /* zone id → count; NULL without a user database */
  GHashTable *figures;   /* "scope/id/indicator" → latest PzIndicator */
  GObject    *probe[2];  /* two rows that only tell a column's sort order */
  gconstpointer probe_column;
} PzTableData;

typedef struct _PzTableColumn PzTableColumn;

void            pz_table_data_init          (PzTableData         *data);
void            pz_table_data_clear         (PzTableData         *data);
void            pz_table_data_set_database  (PzTableData         *data,
                                             PzDatabase          *database);
guint           pz_table_data_get_imported  (PzTableData         *data,
                                             PzZone              *zone);

void            pz_table_add_columns        (GtkColumnView       *view,
                                             gboolean             provinces,
                                             PzTableData         *data);
GtkSorter      *pz_table_get_sorter         (GtkColumnView       *view);
gboolean        pz_table_column_is_imported (const PzTableColumn *column);
char           *pz_table_column_dup_text    (const PzTableColumn *column,
                                             PzTableData         *data,
                                             gpointer             item);

G_END_DECLS
