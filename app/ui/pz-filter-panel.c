/* pz-filter-panel.c
 *
 * A sidebar panel that filters by one criterion: batches or provinces.
 * Each row has a check button and a live count of the zones it would
 * show under the other criteria, so the panels and the map stay in step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-filter-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pz-batch.h"
#include "pz-facet.h"
#include "pz-filter-panel.h"
#include "pz-locale.h"
#include "pz-province.h"

struct _PzFilterPanel
{
  GtkWidget          parent_instance;

  PzFilterPanelKind  kind;
  PzDatabase        *database;
  PzZoneFilter      *filter;
  PzUserDatabase    *user_database;
  GHashTable        *provinces;  /* code → PzProvince, for the provinces panel */
  GListStore        *facets;
  GtkSortListModel  *sorted;
  GtkListBox        *list;
  gboolean           rows_built;  /* on the first map */
  gboolean           by_count;
  gboolean           syncing;
};

G_DEFINE_FINAL_TYPE (PzFilterPanel, pz_filter_panel, GTK_TYPE_WIDGET)

static PzZoneCriterion
criterion (PzFilterPanel *self)
{
  return self->kind == PZ_FILTER_PANEL_BATCHES ? PZ_ZONE_CRITERION_BATCH : PZ_ZONE_CRITERION_PROVINCE;
}

static char *
facet_key (PzFilterPanel *self,
           PzZone        *zone)
{
  return self->kind == PZ_FILTER_PANEL_BATCHES
         ? g_strdup_printf ("%u", pz_zone_get_batch (zone))
         : g_strdup (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE));
}

static gboolean
filter_has (PzFilterPanel *self,
            const char    *key)
{
  return self->kind == PZ_FILTER_PANEL_BATCHES
         ? pz_zone_filter_get_batch (self->filter, (guint) g_ascii_strtoull (key, NULL, 10))
         : pz_zone_filter_get_province (self->filter, key);
}

static void
add_to (GHashTable *counts,
        const char *key,
        guint       n)
{
  g_hash_table_replace (counts, g_strdup (key),
                        GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + n));
}

/* "Parks: 3 · about 90000 enterprises (2022) · Imported: 12": what the
 * data knows about a facet; unknown figures read "no data". */
static char *
facet_detail (PzFilterPanel *self,
              const char    *key,
              guint          parks,
              guint          imported)
{
  GString *detail = g_string_new (NULL);

  g_string_printf (detail, _("Parks: %u"), parks);
  if (self->kind == PZ_FILTER_PANEL_PROVINCES)
    {
      g_autoptr(PzIndicator) last = pz_province_find_latest (g_hash_table_lookup (self->provinces, key),
                                                             "cbec_enterprises");

      if (last != NULL)
        {
          g_autofree char *value = pz_indicator_format_value (last);

          /* Translators: a published figure after the park count, e.g.
           * " · about 90000 enterprises (2022)" */
          g_string_append_printf (detail, _(" · %s"), value);
        }
      else
        g_string_append (detail, _(" · Enterprises: no data"));
    }
  if (self->user_database != NULL)
    g_string_append_printf (detail, _(" · Imported: %u"), imported);
  return g_string_free (detail, FALSE);
}

/* Counts and check marks follow the filter, whoever changed it. */
static void
update_facets (PzFilterPanel *self)
{
  GListModel *zones = pz_database_get_zones (self->database);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) parks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) imported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *imported_by_zone = self->user_database != NULL
                                 ? pz_user_database_get_counts_by_zone (self->user_database) : NULL;
  guint n_zones = g_list_model_get_n_items (zones);
  guint n_facets = g_list_model_get_n_items (G_LIST_MODEL (self->facets));

  for (guint i = 0; i < n_zones; i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (zones, i);
      g_autofree char *key = NULL;

      if (!pz_zone_filter_match_except (self->filter, zone, criterion (self)))
        continue;
      key = facet_key (self, zone);
      add_to (counts, key, 1);
      add_to (parks, key, pz_zone_get_n_parks (zone));
      if (imported_by_zone != NULL)
        add_to (imported, key, GPOINTER_TO_UINT (g_hash_table_lookup (imported_by_zone, pz_zone_get_id (zone))));
    }

  self->syncing = TRUE;
  for (guint i = 0; i < n_facets; i++)
    {
      g_autoptr(PzFacet) facet = g_list_model_get_item (G_LIST_MODEL (self->facets), i);
      const char *key = pz_facet_get_key (facet);
      g_autofree char *detail = facet_detail (self, key, GPOINTER_TO_UINT (g_hash_table_lookup (parks, key)),
                                              GPOINTER_TO_UINT (g_hash_table_lookup (imported, key)));

      pz_facet_set_count (facet, GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)));
      pz_facet_set_n_parks (facet, GPOINTER_TO_UINT (g_hash_table_lookup (parks, key)));
      pz_facet_set_active (facet, filter_has (self, key));
      pz_facet_set_detail (facet, detail);
    }
  self->syncing = FALSE;

  if (self->by_count)
    gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sorted), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
facet_active_changed (PzFacet       *facet,
                      GParamSpec    *pspec,
                      PzFilterPanel *self)
{
  const char *key = pz_facet_get_key (facet);

  if (self->syncing)
    return;
  if (self->kind == PZ_FILTER_PANEL_BATCHES)
    pz_zone_filter_set_batch (self->filter, (guint) g_ascii_strtoull (key, NULL, 10), pz_facet_get_active (facet));
  else
    pz_zone_filter_set_province (self->filter, key, pz_facet_get_active (facet));
}

static void
add_facet (PzFilterPanel *self,
           PzFacet       *facet)
{
  g_signal_connect_object (facet, "notify::active", G_CALLBACK (facet_active_changed), self, 0);
  g_list_store_append (self->facets, facet);
}

static void
add_batch_facets (PzFilterPanel *self)
{
  GListModel *batches = pz_database_get_batches (self->database);

  for (guint i = 0; i < g_list_model_get_n_items (batches); i++)
    {
      g_autoptr(PzBatch) batch = g_list_model_get_item (batches, i);
      g_autofree char *key = g_strdup_printf ("%u", pz_batch_get_number (batch));
      g_autofree char *title = g_strdup_printf (_("Batch %u · %u"), pz_batch_get_number (batch),
                                                pz_batch_get_year (batch));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", pz_batch_get_document (batch),
                                                   pz_batch_get_approved (batch));
      g_autoptr(PzFacet) facet = pz_facet_new (key, title, subtitle);

      add_facet (self, facet);
    }
}

/* The provinces that have zones, in the order of their codes. */
static void
add_province_facets (PzFilterPanel *self)
{
  GListModel *provinces = pz_database_get_provinces (self->database);

  self->provinces = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (provinces); i++)
    {
      PzProvince *province = g_list_model_get_item (provinces, i);
      const char *code = pz_province_get_code (province);
      g_autoptr(PzFacet) facet = NULL;

      g_hash_table_insert (self->provinces, (gpointer) code, province);
      if (pz_province_get_n_zones (province) == 0)
        continue;
      facet = pz_facet_new (code, pz_province_get_display_name (province),
                            pz_locale_prefers_chinese () ? pz_province_get_name_en (province)
                                                         : pz_province_get_name_zh (province));
      add_facet (self, facet);
    }
}

static int
compare_facets (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  PzFilterPanel *self = user_data;

  return pz_facet_compare ((PzFacet *) a, (PzFacet *) b, self->by_count, self->kind == PZ_FILTER_PANEL_BATCHES);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PzFacet *facet = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *count = gtk_label_new (NULL);

  g_object_bind_property (facet, "title", row, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (facet, "subtitle", row, "subtitle", G_BINDING_SYNC_CREATE);
  g_object_bind_property (facet, "active", check, "active", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (facet, "count-text", count, "label", G_BINDING_SYNC_CREATE);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_label_set_justify (GTK_LABEL (count), GTK_JUSTIFY_RIGHT);

  /* Details such as "Parks: no data" are for the tooltip, keeping rows short. */
  g_object_bind_property (facet, "detail", row, "tooltip-text", G_BINDING_SYNC_CREATE);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL,
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), count);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}

static void
pz_filter_panel_dispose (GObject *object)
{
  PzFilterPanel *self = (PzFilterPanel *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->sorted);
  g_clear_object (&self->facets);
  g_clear_pointer (&self->provinces, g_hash_table_unref);
  g_clear_object (&self->filter);
  g_clear_object (&self->database);
  g_clear_object (&self->user_database);

  G_OBJECT_CLASS (pz_filter_panel_parent_class)->dispose (object);
}

/* The rows (an AdwActionRow per batch or province, with Chinese names
 * and document numbers) are built when the panel is first shown: built
 * at start, 39 rows took 1.5 MiB and AdwViewStack's measuring of its
 * hidden pages brought in 9 MiB of Noto Sans CJK pages, for panels that
 * may never be opened. */
static void
pz_filter_panel_map (GtkWidget *widget)
{
  PzFilterPanel *self = PZ_FILTER_PANEL (widget);

  if (!self->rows_built)
    gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->sorted), create_row, self, NULL);
  self->rows_built = TRUE;
  GTK_WIDGET_CLASS (pz_filter_panel_parent_class)->map (widget);
}

static void
pz_filter_panel_class_init (PzFilterPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_filter_panel_dispose;
  widget_class->map = pz_filter_panel_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pz_filter_panel_init (PzFilterPanel *self)
{
  self->facets = g_list_store_new (PZ_TYPE_FACET);
}

GtkWidget *
pz_filter_panel_new (PzFilterPanelKind  kind,
                     PzDatabase        *database,
                     PzZoneFilter      *filter)
{
  PzFilterPanel *self = g_object_new (PZ_TYPE_FILTER_PANEL, NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkSorter *sorter;

  self->list = GTK_LIST_BOX (list);

  self->kind = kind;
  self->database = g_object_ref (database);
  self->filter = g_object_ref (filter);
  if (kind == PZ_FILTER_PANEL_BATCHES)
    add_batch_facets (self);
  else
    add_province_facets (self);

  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_facets, self, NULL));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->facets)), sorter);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kind == PZ_FILTER_PANEL_BATCHES ? _("Batches") : _("Provinces"),
                                  -1);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_parent (scrolled, GTK_WIDGET (self));

  g_signal_connect_object (filter, "changed", G_CALLBACK (update_facets), self, G_CONNECT_SWAPPED);
  update_facets (self);

  return GTK_WIDGET (self);
}

/**
 * pz_filter_panel_get_facets:
 *
 * Returns: (transfer none): the rows' facets, in display order
 */
GListModel *
pz_filter_panel_get_facets (PzFilterPanel *self)
{
  g_return_val_if_fail (PZ_IS_FILTER_PANEL (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

void
pz_filter_panel_set_sort_by_count (PzFilterPanel *self,
                                   gboolean       by_count)
{
  g_return_if_fail (PZ_IS_FILTER_PANEL (self));

  self->by_count = by_count;
  gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sorted), GTK_SORTER_CHANGE_DIFFERENT);
}

void
pz_filter_panel_set_user_database (PzFilterPanel  *self,
                                   PzUserDatabase *user_database)
{
  g_return_if_fail (PZ_IS_FILTER_PANEL (self));

  if (self->user_database != NULL)
    g_signal_handlers_disconnect_by_data (self->user_database, self);
  g_set_object (&self->user_database, user_database);
  if (user_database != NULL)
    g_signal_connect_object (user_database, "changed", G_CALLBACK (update_facets), self, G_CONNECT_SWAPPED);
  update_facets (self);
}
