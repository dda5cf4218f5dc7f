/* pz-table-view.c
 *
 * The zones the filter shows as a table, or their provinces' totals: every
 * column sorts, a row selects its zone, Ctrl+C copies the selected rows as
 * tab-separated text for a spreadsheet. One list of columns drives the
 * cells, the sorting and the copied text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-table-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pz-compare-view.h"
#include "pz-table-columns.h"
#include "pz-table-view.h"
#include "pz-zone.h"

struct _PzTableView
{
  GtkWidget           parent_instance;

  PzDatabase         *database;
  GListModel         *zones;      /* the window's filtered zones */
  PzUserDatabase     *user_database;
  PzTableData         data;       /* what the cells read */
  GListStore         *provinces;
  GtkSortListModel   *zone_sorted;
  GtkSortListModel   *province_sorted;
  GtkMultiSelection  *zone_rows;
  GtkMultiSelection  *province_rows;

  GtkStack           *stack;
  AdwStatusPage      *empty_page;
  GtkColumnView      *zone_columns;
  GtkColumnView      *province_columns;
  GtkToggleButton    *provinces_button;
};

G_DEFINE_FINAL_TYPE (PzTableView, pz_table_view, GTK_TYPE_WIDGET)

static GtkColumnView *
current_view (PzTableView *self)
{
  return gtk_toggle_button_get_active (self->provinces_button) ? self->province_columns : self->zone_columns;
}

static GtkMultiSelection *
current_rows (PzTableView *self)
{
  return gtk_toggle_button_get_active (self->provinces_button) ? self->province_rows : self->zone_rows;
}

static void
update_page (PzTableView *self)
{
  gboolean provinces = gtk_toggle_button_get_active (self->provinces_button);

  if (self->zones == NULL || g_list_model_get_n_items (self->zones) == 0)
    {
      /* The icon only once the page can be seen: loading it, an SVG,
       * brings librsvg into the process (6.5 MiB). */
      if (self->zones != NULL)
        adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, provinces ? "provinces" : "zones");
}

static void
update_provinces (PzTableView *self)
{
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->zones != NULL ? g_list_model_get_n_items (self->zones) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (self->zones, i);
      const char *code = pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE);
      PzProvinceTotals *totals = g_hash_table_lookup (by_code, code != NULL ? code : "");

      if (totals == NULL)
        {
          totals = g_object_new (PZ_TYPE_PROVINCE_TOTALS, NULL);
          totals->code = g_strdup (code != NULL ? code : "");
          totals->name = g_strdup (pz_zone_get_display_province (zone));
          g_hash_table_insert (by_code, totals->code, totals);
          g_ptr_array_add (rows, totals);
        }
      totals->zones++;
      totals->parks += pz_zone_get_n_parks (zone);
      totals->imported += pz_table_data_get_imported (&self->data, zone);
    }
  g_list_store_splice (self->provinces, 0, g_list_model_get_n_items (G_LIST_MODEL (self->provinces)),
                       rows->pdata, rows->len);
}

static void
zones_changed (PzTableView *self)
{
  update_provinces (self);
  update_page (self);
}

static void
show_imported (GtkColumnView *view,
               gboolean       shown)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const PzTableColumn *spec = g_object_get_data (G_OBJECT (column), "pz-column");

      if (pz_table_column_is_imported (spec))
        gtk_column_view_column_set_visible (column, shown);
    }
}

/* Counted once per change of the user's data, not once per cell. */
static void
imported_changed (PzTableView *self)
{
  g_clear_pointer (&self->data.imported, g_hash_table_unref);
  if (self->user_database != NULL)
    self->data.imported = g_hash_table_ref (pz_user_database_get_counts_by_zone (self->user_database));
  show_imported (self->zone_columns, self->user_database != NULL);
  show_imported (self->province_columns, self->user_database != NULL);

  /* The cells show the new counts once bound again. */
  gtk_sort_list_model_set_model (self->zone_sorted, NULL);
  gtk_sort_list_model_set_model (self->zone_sorted, self->zones);
  update_provinces (self);
}

/* One row picked selects its zone everywhere. */
static void
zone_selection_changed (PzTableView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->zone_rows));
  g_autoptr(PzZone) zone = NULL;

  if (gtk_bitset_get_size (selected) != 1)
    return;
  zone = g_list_model_get_item (G_LIST_MODEL (self->zone_rows), gtk_bitset_get_nth (selected, 0));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.select-zone", "s", pz_zone_get_id (zone));
}

/* Two to four provinces, or zones, to compare. */
static void
compare_selection_changed (PzTableView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (current_rows (self)));
  guint64 n = gtk_bitset_get_size (selected);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "table.compare", n >= 2 && n <= PZ_COMPARE_MAX_ITEMS);
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_auto(GStrv) ids = pz_table_view_dup_selected_ids (PZ_TABLE_VIEW (widget));

  gtk_widget_activate_action_variant (widget, "win.compare",
                                      g_variant_new_strv ((const char * const *) ids, -1));
}

static void
mode_changed (PzTableView *self)
{
  update_page (self);
  compare_selection_changed (self);
}

/* Tabs and line breaks inside a cell would split it in a spreadsheet. */
static void
append_cell (GString    *text,
             const char *cell)
{
  for (const char *p = cell != NULL ? cell : ""; *p != '\0'; p++)
    g_string_append_c (text, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PzTableView *self = PZ_TABLE_VIEW (widget);
  g_autofree char *text = pz_table_view_dup_selected_text (self);

  if (text != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

static void
pz_table_view_dispose (GObject *object)
{
  PzTableView *self = PZ_TABLE_VIEW (object);

  if (self->zones != NULL)
    g_signal_handlers_disconnect_by_data (self->zones, self);
  if (self->user_database != NULL)
    g_signal_handlers_disconnect_by_data (self->user_database, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_TABLE_VIEW);
  /* The template's root child is ours to unparent on GTK 4.8. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self)));)
    gtk_widget_unparent (child);
  g_clear_object (&self->zone_rows);
  g_clear_object (&self->province_rows);
  g_clear_object (&self->zone_sorted);
  g_clear_object (&self->province_sorted);
  g_clear_object (&self->provinces);
  g_clear_object (&self->zones);
  g_clear_object (&self->database);
  g_clear_object (&self->user_database);
  pz_table_data_clear (&self->data);

  G_OBJECT_CLASS (pz_table_view_parent_class)->dispose (object);
}

static void
pz_table_view_class_init (PzTableViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_table_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-table-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PzTableView, stack);
  gtk_widget_class_bind_template_child (widget_class, PzTableView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PzTableView, zone_columns);
  gtk_widget_class_bind_template_child (widget_class, PzTableView, province_columns);
  gtk_widget_class_bind_template_child (widget_class, PzTableView, provinces_button);
  gtk_widget_class_bind_template_callback (widget_class, mode_changed);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "table.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "table.compare", NULL, compare_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "table.copy", NULL);
}

static void
pz_table_view_init (PzTableView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  pz_table_data_init (&self->data);
  self->provinces = g_list_store_new (PZ_TYPE_PROVINCE_TOTALS);
  pz_table_add_columns (self->zone_columns, FALSE, &self->data);
  pz_table_add_columns (self->province_columns, TRUE, &self->data);

  /* The sort models follow the column headers. */
  self->zone_sorted = gtk_sort_list_model_new (NULL, g_object_ref (pz_table_get_sorter (self->zone_columns)));
  self->province_sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->provinces)),
                                                   g_object_ref (pz_table_get_sorter (self->province_columns)));
  self->zone_rows = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->zone_sorted)));
  self->province_rows = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->province_sorted)));
  gtk_column_view_set_model (self->zone_columns, GTK_SELECTION_MODEL (self->zone_rows));
  gtk_column_view_set_model (self->province_columns, GTK_SELECTION_MODEL (self->province_rows));
  g_signal_connect_object (self->zone_rows, "selection-changed", G_CALLBACK (zone_selection_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->zone_rows, "selection-changed", G_CALLBACK (compare_selection_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->province_rows, "selection-changed", G_CALLBACK (compare_selection_changed),
                           self, G_CONNECT_SWAPPED);
  compare_selection_changed (self);
  update_page (self);
}

/**
 * pz_table_view_set_model:
 * @zones: the zones the filter shows
 *
 * The table follows @zones: its rows, its province totals, its empty state.
 */
void
pz_table_view_set_model (PzTableView *self,
                         PzDatabase  *database,
                         GListModel  *zones)
{
  g_return_if_fail (PZ_IS_TABLE_VIEW (self));
  g_return_if_fail (PZ_IS_DATABASE (database));
  g_return_if_fail (G_IS_LIST_MODEL (zones));

  if (self->zones != NULL)
    g_signal_handlers_disconnect_by_data (self->zones, self);
  if (g_set_object (&self->database, database))
    pz_table_data_set_database (&self->data, database);
  g_set_object (&self->zones, zones);
  g_signal_connect_object (zones, "items-changed", G_CALLBACK (zones_changed), self, G_CONNECT_SWAPPED);
  gtk_sort_list_model_set_model (self->zone_sorted, zones);
  zones_changed (self);
}

/**
 * pz_table_view_set_user_database:
 * @user_database: (nullable): the user's imported enterprises
 *
 * Shows the "Imported Enterprises" columns while a user database is set.
 */
void
pz_table_view_set_user_database (PzTableView    *self,
                                 PzUserDatabase *user_database)
{
  g_return_if_fail (PZ_IS_TABLE_VIEW (self));

  if (self->user_database != NULL)
    g_signal_handlers_disconnect_by_data (self->user_database, self);
  g_set_object (&self->user_database, user_database);
  if (user_database != NULL)
    g_signal_connect_object (user_database, "changed", G_CALLBACK (imported_changed), self, G_CONNECT_SWAPPED);
  imported_changed (self);
}

gboolean
pz_table_view_get_provinces (PzTableView *self)
{
  g_return_val_if_fail (PZ_IS_TABLE_VIEW (self), FALSE);

  return gtk_toggle_button_get_active (self->provinces_button);
}

/**
 * pz_table_view_set_provinces:
 * @provinces: a row per province rather than per zone
 */
void
pz_table_view_set_provinces (PzTableView *self,
                             gboolean     provinces)
{
  g_return_if_fail (PZ_IS_TABLE_VIEW (self));

  gtk_toggle_button_set_active (self->provinces_button, provinces);
}

/**
 * pz_table_view_get_rows:
 *
 * Returns: (transfer none): the rows shown, in their order, with their selection
 */
GtkSelectionModel *
pz_table_view_get_rows (PzTableView *self)
{
  g_return_val_if_fail (PZ_IS_TABLE_VIEW (self), NULL);

  return GTK_SELECTION_MODEL (current_rows (self));
}

static GtkColumnViewColumn *
find_column (PzTableView *self,
             const char  *title)
{
  GListModel *columns = gtk_column_view_get_columns (current_view (self));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  return NULL;
}

/**
 * pz_table_view_sort_by:
 * @title: a column's title as shown
 *
 * Sorts as a click on the column's header does.
 *
 * Returns: whether the column exists
 */
gboolean
pz_table_view_sort_by (PzTableView *self,
                       const char  *title,
                       GtkSortType  order)
{
  GtkColumnViewColumn *column;

  g_return_val_if_fail (PZ_IS_TABLE_VIEW (self), FALSE);

  column = find_column (self, title);
  if (column != NULL)
    gtk_column_view_sort_by_column (current_view (self), column, order);
  return column != NULL;
}

/**
 * pz_table_view_dup_cell:
 * @row: a row of pz_table_view_get_rows()
 * @title: a column's title as shown
 *
 * Returns: (transfer full) (nullable): the cell's text
 */
char *
pz_table_view_dup_cell (PzTableView *self,
                        guint        row,
                        const char  *title)
{
  GtkColumnViewColumn *column;
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (PZ_IS_TABLE_VIEW (self), NULL);

  column = find_column (self, title);
  item = g_list_model_get_item (G_LIST_MODEL (current_rows (self)), row);
  if (column == NULL || item == NULL)
    return NULL;
  return pz_table_column_dup_text (g_object_get_data (G_OBJECT (column), "pz-column"), &self->data, item);
}

/**
 * pz_table_view_dup_selected_text:
 *
 * The selected rows as the clipboard gets them: a header line, then a
 * line per row, cells separated by tabs, in the columns' order.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when no row is selected
 */
char *
pz_table_view_dup_selected_text (PzTableView *self)
{
  GListModel *columns;
  GtkSelectionModel *rows;
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  GString *text;

  g_return_val_if_fail (PZ_IS_TABLE_VIEW (self), NULL);

  rows = GTK_SELECTION_MODEL (current_rows (self));
  selected = gtk_selection_model_get_selection (rows);
  if (gtk_bitset_is_empty (selected))
    return NULL;

  columns = gtk_column_view_get_columns (current_view (self));
  text = g_string_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (!gtk_column_view_column_get_visible (column))
        continue;
      if (shown->len > 0)
        g_string_append_c (text, '\t');
      append_cell (text, gtk_column_view_column_get_title (column));
      g_ptr_array_add (shown, g_object_get_data (G_OBJECT (column), "pz-column"));
    }
  g_string_append_c (text, '\n');

  for (guint i = 0; i < gtk_bitset_get_size (selected); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (rows), gtk_bitset_get_nth (selected, i));

      for (guint j = 0; j < shown->len; j++)
        {
          g_autofree char *cell = pz_table_column_dup_text (g_ptr_array_index (shown, j), &self->data, item);

          if (j > 0)
            g_string_append_c (text, '\t');
          append_cell (text, cell);
        }
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

/**
 * pz_table_view_dup_selected_ids:
 *
 * Returns: (transfer full): the codes of the provinces selected in the
 *   province table, or the ids of the zones selected in the zone table,
 *   as the table shows now, in the table's order
 */
char **
pz_table_view_dup_selected_ids (PzTableView *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GListModel *rows;

  g_return_val_if_fail (PZ_IS_TABLE_VIEW (self), NULL);

  rows = G_LIST_MODEL (current_rows (self));
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (rows));
  for (guint i = 0; i < gtk_bitset_get_size (selected); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (rows, gtk_bitset_get_nth (selected, i));

      g_strv_builder_add (ids, PZ_IS_ZONE (item) ? pz_zone_get_id (PZ_ZONE (item))
                                                 : PZ_PROVINCE_TOTALS (item)->code);
    }
  return g_strv_builder_end (ids);
}
