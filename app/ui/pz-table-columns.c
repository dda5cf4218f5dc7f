/* pz-table-columns.c
 *
 * The table's columns, one list per kind of row: what a cell says, and
 * how its column sorts. The latest published figures of a zone or a
 * province read "No data" where none was published, never 0, and sort
 * after every figure in either order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-table-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-table-columns.h"
#include "pz-zone.h"

G_DEFINE_FINAL_TYPE (PzProvinceTotals, pz_province_totals, G_TYPE_OBJECT)

static void
pz_province_totals_finalize (GObject *object)
{
  PzProvinceTotals *self = PZ_PROVINCE_TOTALS (object);

  g_free (self->code);
  g_free (self->name);
  G_OBJECT_CLASS (pz_province_totals_parent_class)->finalize (object);
}

static void
pz_province_totals_class_init (PzProvinceTotalsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pz_province_totals_finalize;
}

static void
pz_province_totals_init (PzProvinceTotals *self)
{
}

struct _PzTableColumn
{
  const char *title;                                          /* N_() */
  char     *(*text)   (PzTableData *data, gpointer item);
  guint     (*number) (PzTableData *data, gpointer item);     /* numeric columns */
  const char *indicator;                                      /* the latest figure of this indicator */
  gboolean    imported;                                       /* only with a user database */
  gboolean    expand;                                         /* takes the spare width */
};

void
pz_table_data_init (PzTableData *data)
{
  *data = (PzTableData) { 0 };
  data->figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  data->probe[0] = g_object_new (G_TYPE_OBJECT, NULL);
  data->probe[1] = g_object_new (G_TYPE_OBJECT, NULL);
}

void
pz_table_data_clear (PzTableData *data)
{
  g_clear_pointer (&data->imported, g_hash_table_unref);
  g_clear_pointer (&data->figures, g_hash_table_unref);
  g_clear_object (&data->probe[0]);
  g_clear_object (&data->probe[1]);
}

/* The newest figure of each indicator for each zone and province, found
 * once rather than once per cell (the last given where sources disagree
 * on a year, as the province details show it). */
void
pz_table_data_set_database (PzTableData *data,
                            PzDatabase  *database)
{
  GListModel *figures = pz_database_get_indicators (database);

  g_hash_table_remove_all (data->figures);
  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(PzIndicator) figure = g_list_model_get_item (figures, i);
      char *key = g_strdup_printf ("%s/%s/%s", pz_indicator_get_scope (figure), pz_indicator_get_scope_id (figure),
                                   pz_indicator_get_indicator (figure));
      PzIndicator *known = g_hash_table_lookup (data->figures, key);

      if (known != NULL && pz_indicator_get_year (known) > pz_indicator_get_year (figure))
        g_free (key);
      else
        g_hash_table_replace (data->figures, key, g_steal_pointer (&figure));
    }
}

guint
pz_table_data_get_imported (PzTableData *data,
                            PzZone      *zone)
{
  if (data->imported == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (data->imported, pz_zone_get_id (zone)));
}

static PzIndicator *
latest_figure (PzTableData         *data,
               const PzTableColumn *column,
               gpointer             item)
{
  g_autofree char *key = NULL;

  if (PZ_IS_ZONE (item))
    key = g_strdup_printf ("zone/%s/%s", pz_zone_get_id (item), column->indicator);
  else
    key = g_strdup_printf ("province/%s/%s", PZ_PROVINCE_TOTALS (item)->code, column->indicator);
  return g_hash_table_lookup (data->figures, key);
}

static char *zone_name (PzTableData *data, gpointer item) { return g_strdup (pz_zone_get_display_name (item)); }
static char *zone_other (PzTableData *data, gpointer item) { return g_strdup (pz_zone_get_other_name (item)); }
static char *zone_province (PzTableData *data, gpointer item) { return g_strdup (pz_zone_get_display_province (item)); }
static char *zone_approved (PzTableData *data, gpointer item) { return g_strdup (pz_zone_get_text (item, PZ_ZONE_APPROVED)); }
static char *zone_document (PzTableData *data, gpointer item) { return g_strdup (pz_zone_get_text (item, PZ_ZONE_DOCUMENT)); }
static guint zone_batch (PzTableData *data, gpointer item) { return pz_zone_get_batch (item); }
static guint zone_parks (PzTableData *data, gpointer item) { return pz_zone_get_n_parks (item); }
static guint zone_imported (PzTableData *data, gpointer item) { return pz_table_data_get_imported (data, item); }

static char *
zone_status (PzTableData *data,
             gpointer     item)
{
  return g_strdup (pz_zone_is_ended (item) ? _("Ended") : _("In force"));
}

static char *province_name (PzTableData *data, gpointer item) { return g_strdup (PZ_PROVINCE_TOTALS (item)->name); }
static guint province_zones (PzTableData *data, gpointer item) { return PZ_PROVINCE_TOTALS (item)->zones; }
static guint province_parks (PzTableData *data, gpointer item) { return PZ_PROVINCE_TOTALS (item)->parks; }
static guint province_imported (PzTableData *data, gpointer item) { return PZ_PROVINCE_TOTALS (item)->imported; }

/* Translators: column titles: the newest published figure of trade,
 * exports and cross-border e-commerce enterprises */
#define FIGURE_COLUMNS \
  { N_("Latest Trade"), NULL, NULL, "trade_value", FALSE, FALSE }, \
  { N_("Latest Exports"), NULL, NULL, "export_value", FALSE, FALSE }, \
  { N_("Latest Enterprises"), NULL, NULL, "cbec_enterprises", FALSE, FALSE }

static const PzTableColumn zone_column_list[] = {
  { N_("Name"), zone_name, NULL, NULL, FALSE, TRUE },
  { N_("Other Name"), zone_other, NULL, NULL, FALSE, TRUE },
  { N_("Province"), zone_province, NULL, NULL, FALSE, FALSE },
  { N_("Batch"), NULL, zone_batch, NULL, FALSE, FALSE },
  { N_("Approved"), zone_approved, NULL, NULL, FALSE, FALSE },
  { N_("Document"), zone_document, NULL, NULL, FALSE, FALSE },
  { N_("Status"), zone_status, NULL, NULL, FALSE, FALSE },
  { N_("Parks"), NULL, zone_parks, NULL, FALSE, FALSE },
  FIGURE_COLUMNS,
  { N_("Imported Enterprises"), NULL, zone_imported, NULL, TRUE, FALSE },
};

static const PzTableColumn province_column_list[] = {
  { N_("Province"), province_name, NULL, NULL, FALSE, TRUE },
  { N_("Zones"), NULL, province_zones, NULL, FALSE, FALSE },
  { N_("Parks"), NULL, province_parks, NULL, FALSE, FALSE },
  FIGURE_COLUMNS,
  { N_("Imported Enterprises"), NULL, province_imported, NULL, TRUE, FALSE },
};

gboolean
pz_table_column_is_imported (const PzTableColumn *column)
{
  return column->imported;
}

/* The value with its unit and year, as the details show it. */
char *
pz_table_column_dup_text (const PzTableColumn *column,
                          PzTableData         *data,
                          gpointer             item)
{
  if (column->indicator != NULL)
    {
      PzIndicator *figure = latest_figure (data, column, item);

      return figure != NULL ? pz_indicator_format_value (figure) : g_strdup (_("No data"));
    }
  if (column->number != NULL)
    return g_strdup_printf ("%u", column->number (data, item));
  return column->text (data, item);
}

static void
cell_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  const PzTableColumn *column = g_object_get_data (G_OBJECT (factory), "pz-column");
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column->number != NULL ? 1.0 : 0.0);
  if (column->number != NULL || column->indicator != NULL)
    gtk_widget_add_css_class (label, "numeric");
  /* A figure with its remarks can be long, and so can a prefecture's
   * name: the whole of it on hover, the columns after it in sight. */
  if (column->indicator != NULL || column->expand)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column->expand)
    {
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
    }
  gtk_list_item_set_child (item, label);
  /* GTK 4.8 selects from the cell and again from its row: Ctrl+click
   * would add a row and take it out at once. The row alone selects. */
  gtk_list_item_set_selectable (item, FALSE);
}

static void
cell_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  const PzTableColumn *column = g_object_get_data (G_OBJECT (factory), "pz-column");
  g_autofree char *text = pz_table_column_dup_text (column, user_data, gtk_list_item_get_item (item));
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  if (column->indicator == NULL && !column->expand)
    return;
  gtk_widget_set_tooltip_text (label, text);
  if (column->indicator == NULL)
    return;
  if (latest_figure (user_data, column, gtk_list_item_get_item (item)) == NULL)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

typedef struct
{
  PzTableData         *data;        /* unowned: the sorter goes with the view */
  const PzTableColumn *column;
  GtkSorter           *sorter;      /* unowned: the view's, which inverts a column sorted descending */
  gboolean             descending;  /* as the view's sorter last said */
} SortData;

static GtkOrdering
compare_numbers (double x,
                 double y)
{
  return x < y ? GTK_ORDERING_SMALLER : x > y ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* GTK 4.8 does not say which way a column sorts: the view's sorter, asked
 * to order the two probe rows that only this column tells apart, does.
 * It is asked once per change of the sorting, before the rows are
 * sorted again, never while they are. */
static void
view_sorter_changed (GtkSorter       *sorter,
                     GtkSorterChange  change,
                     GtkColumnView   *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      SortData *sort = g_object_get_data (G_OBJECT (column), "pz-sort");

      sort->data->probe_column = sort->column;
      sort->descending = gtk_sorter_compare (sorter, sort->data->probe[0], sort->data->probe[1]) == GTK_ORDERING_LARGER;
      sort->data->probe_column = NULL;
    }
  /* Sorted again from scratch, whatever GTK says changed (a column
   * turned round is not simply the list reversed: no data stays last),
   * and shown from the top rather than where the old first row went. */
  gtk_sorter_changed (g_object_get_data (G_OBJECT (view), "pz-sorter"), GTK_SORTER_CHANGE_DIFFERENT);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child) && g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (child)))) > 0)
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", 0);
}

static int
view_order (gconstpointer a,
            gconstpointer b,
            gpointer      view)
{
  return gtk_sorter_compare (gtk_column_view_get_sorter (view), (gpointer) a, (gpointer) b);
}

/* No figure comes after every figure, whichever way the column sorts. */
static GtkOrdering
compare_figures (SortData *sort,
                 gpointer  a,
                 gpointer  b)
{
  PzIndicator *x = latest_figure (sort->data, sort->column, a);
  PzIndicator *y = latest_figure (sort->data, sort->column, b);
  GtkOrdering last;

  if (x != NULL && y != NULL)
    return compare_numbers (pz_indicator_get_value (x), pz_indicator_get_value (y));
  if (x == NULL && y == NULL)
    return GTK_ORDERING_EQUAL;
  last = sort->descending ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return x == NULL ? last : -last;
}

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  SortData *sort = user_data;
  PzTableData *data = sort->data;
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;

  if (a == data->probe[0] || a == data->probe[1])
    return sort->column != data->probe_column ? GTK_ORDERING_EQUAL
           : a == data->probe[0] ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (sort->column->indicator != NULL)
    return compare_figures (sort, (gpointer) a, (gpointer) b);
  if (sort->column->number != NULL)
    return compare_numbers (sort->column->number (data, (gpointer) a), sort->column->number (data, (gpointer) b));
  text_a = sort->column->text (data, (gpointer) a);
  text_b = sort->column->text (data, (gpointer) b);
  return gtk_ordering_from_cmpfunc (g_utf8_collate (text_a != NULL ? text_a : "", text_b != NULL ? text_b : ""));
}

static GtkColumnViewColumn *
column_new (const PzTableColumn *column,
            PzTableData         *data,
            GtkColumnView       *view)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  SortData *sort = g_new0 (SortData, 1);

  g_object_set_data (G_OBJECT (factory), "pz-column", (gpointer) column);
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup), data);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind), data);
  view_column = gtk_column_view_column_new (_(column->title), factory);
  g_object_set_data (G_OBJECT (view_column), "pz-column", (gpointer) column);
  *sort = (SortData) { data, column, gtk_column_view_get_sorter (view), FALSE };
  g_object_set_data (G_OBJECT (view_column), "pz-sort", sort);
  gtk_column_view_column_set_sorter (view_column, GTK_SORTER (gtk_custom_sorter_new (compare_cells, sort, g_free)));
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, column->expand);
  /* Room for "more than 180 billion CNY (2022)": value, unit and year. */
  if (column->indicator != NULL)
    gtk_column_view_column_set_fixed_width (view_column, 240);
  gtk_column_view_column_set_visible (view_column, !column->imported);
  return view_column;
}

/**
 * pz_table_add_columns:
 * @provinces: the columns of the province rows, else of the zone rows
 * @data: what the cells read; outlives @view
 *
 * Gives @view its columns, each with its sorter; those that count
 * imported enterprises are hidden at first. The view's model sorts by
 * pz_table_get_sorter().
 */
void
pz_table_add_columns (GtkColumnView *view,
                      gboolean       provinces,
                      PzTableData   *data)
{
  const PzTableColumn *columns = provinces ? province_column_list : zone_column_list;
  guint n = provinces ? G_N_ELEMENTS (province_column_list) : G_N_ELEMENTS (zone_column_list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = column_new (&columns[i], data, view);

      gtk_column_view_append_column (view, column);
    }
  g_object_set_data_full (G_OBJECT (view), "pz-sorter", gtk_custom_sorter_new (view_order, view, NULL),
                          g_object_unref);
  g_signal_connect_object (gtk_column_view_get_sorter (view), "changed", G_CALLBACK (view_sorter_changed),
                           view, 0);
}

/**
 * pz_table_get_sorter:
 * @view: a view given its columns by pz_table_add_columns()
 *
 * Returns: (transfer none): the order of the column headers, for the
 *   view's model to sort by
 */
GtkSorter *
pz_table_get_sorter (GtkColumnView *view)
{
  return g_object_get_data (G_OBJECT (view), "pz-sorter");
}
