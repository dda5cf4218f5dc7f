/* pz-enterprise-list.c
 *
 * The companies of one import (or of all): name, zone, province and
 * whether the map shows them at their own coordinates or at their zone,
 * with a search over names, zones and provinces. The rows are read as
 * they scroll into view, so a list of 100,000 opens at once. Selecting a
 * company says so ("enterprise-selected"); the window centres the map.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-enterprise-list"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-enterprise-list.h"
#include "pz-locale.h"

struct _PzEnterpriseList
{
  AdwWindow           parent_instance;

  PzEnterpriseModel  *model;
  GtkSingleSelection *selection;
  GtkWidget          *search;
  GtkWidget          *status;
  GtkWidget          *stack;
};

G_DEFINE_FINAL_TYPE (PzEnterpriseList, pz_enterprise_list, ADW_TYPE_WINDOW)

enum {
  ENTERPRISE_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  COLUMN_NAME,
  COLUMN_ZONE,
  COLUMN_PROVINCE,
  COLUMN_POSITION,
} Column;

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  data)
{
  PzEnterprise *enterprise = gtk_list_item_get_item (item);
  const char *text = NULL;
  double latitude, longitude;

  switch ((Column) GPOINTER_TO_UINT (data))
    {
    case COLUMN_NAME:
      text = pz_enterprise_get_name (enterprise);
      break;
    case COLUMN_ZONE:
      text = pz_enterprise_get_zone_name (enterprise);
      if (text == NULL)
        text = pz_enterprise_get_zone_id (enterprise);
      break;
    case COLUMN_PROVINCE:
      text = pz_enterprise_get_province (enterprise);
      break;
    case COLUMN_POSITION:
      if (pz_enterprise_is_exact (enterprise))
        /* Translators: where the map shows an imported enterprise */
        text = _("Its coordinates");
      else if (pz_enterprise_get_position (enterprise, &latitude, &longitude))
        /* Translators: where the map shows an imported enterprise without coordinates */
        text = _("Its zone (approximate)");
      else
        text = _("Not on the map");
      break;
    default:
      g_assert_not_reached ();
    }
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

static void
add_column (GtkColumnView *view,
            const char    *title,
            Column         column,
            gboolean       expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (column));
  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (col, expand);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_append_column (view, col);
  g_object_unref (col);
}

static void
update_status (PzEnterpriseList *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  guint total = pz_enterprise_model_get_n_total (self->model);
  g_autofree char *shown_text = pz_locale_format_count (shown);
  g_autofree char *total_text = pz_locale_format_count (total);
  g_autofree char *text = NULL;

  if (shown == total)
    /* Translators: the number of imported enterprises listed, e.g. "5,012 enterprises" */
    text = g_strdup_printf (ngettext ("%s enterprise", "%s enterprises", total), total_text);
  else
    /* Translators: the enterprises a search lets through, of all listed */
    text = g_strdup_printf (ngettext ("%s of %s enterprise", "%s of %s enterprises", total), shown_text, total_text);
  gtk_label_set_text (GTK_LABEL (self->status), text);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), shown > 0 ? "list" : "empty");
}

static void
search_changed (PzEnterpriseList *self)
{
  pz_enterprise_model_set_search (self->model, gtk_editable_get_text (GTK_EDITABLE (self->search)));
}

static void
selection_changed (PzEnterpriseList *self)
{
  PzEnterprise *enterprise = gtk_single_selection_get_selected_item (self->selection);

  if (enterprise != NULL)
    g_signal_emit (self, signals[ENTERPRISE_SELECTED], 0, enterprise);
}

static void
pz_enterprise_list_dispose (GObject *object)
{
  PzEnterpriseList *self = PZ_ENTERPRISE_LIST (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  G_OBJECT_CLASS (pz_enterprise_list_parent_class)->dispose (object);
}

static void
pz_enterprise_list_class_init (PzEnterpriseListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pz_enterprise_list_dispose;

  /**
   * PzEnterpriseList::enterprise-selected:
   * @enterprise: the company the user selected
   */
  signals[ENTERPRISE_SELECTED] =
    g_signal_new ("enterprise-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PZ_TYPE_ENTERPRISE);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pz_enterprise_list_init (PzEnterpriseList *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self), 760, 640);
  gtk_window_set_title (GTK_WINDOW (self), _("Imported Enterprises"));
}

static char *
import_title (PzUserDatabase *user_database,
              gint64          import_id)
{
  GListModel *imports = pz_user_database_get_imports (user_database);

  for (guint i = 0; import_id != 0 && i < g_list_model_get_n_items (imports); i++)
    {
      g_autoptr(PzImport) import = g_list_model_get_item (imports, i);

      if (pz_import_get_id (import) == import_id)
        return g_strdup (pz_import_get_file_name (import));
    }
  return g_strdup (_("All imports"));
}

/**
 * pz_enterprise_list_new:
 * @zones: every zone (#PzZone), to name the enterprises' zones
 * @import_id: the import to list, or 0 for every import
 *
 * Returns: (transfer none): the window, not yet shown
 */
GtkWidget *
pz_enterprise_list_new (GtkWindow      *parent,
                        PzUserDatabase *user_database,
                        GListModel     *zones,
                        gint64          import_id)
{
  PzEnterpriseList *self;
  GtkWidget *box, *header, *title, *bar, *scrolled, *view, *empty;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (PZ_IS_USER_DATABASE (user_database), NULL);

  self = g_object_new (PZ_TYPE_ENTERPRISE_LIST, "transient-for", parent, NULL);
  self->model = pz_enterprise_model_new (user_database, zones);
  pz_enterprise_model_set_import (self->model, import_id);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  subtitle = import_title (user_database, import_id);
  title = adw_window_title_new (_("Imported Enterprises"), subtitle);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);

  self->search = gtk_search_entry_new ();
  gtk_widget_set_hexpand (self->search, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search enterprises by name, zone or province"), -1);
  g_object_set (self->search, "placeholder-text", _("Name, zone or province"), NULL);
  self->status = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->status, "dim-label");
  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_box_append (GTK_BOX (bar), self->search);
  gtk_box_append (GTK_BOX (bar), self->status);

  view = gtk_column_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)));
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (view), TRUE);
  add_column (GTK_COLUMN_VIEW (view), _("Name"), COLUMN_NAME, TRUE);
  add_column (GTK_COLUMN_VIEW (view), _("Zone"), COLUMN_ZONE, FALSE);
  add_column (GTK_COLUMN_VIEW (view), _("Province"), COLUMN_PROVINCE, FALSE);
  add_column (GTK_COLUMN_VIEW (view), _("Position on the map"), COLUMN_POSITION, FALSE);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);

  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Enterprises"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("No imported enterprise matches; try another name, zone or province."));
  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), self->stack);
  adw_window_set_content (ADW_WINDOW (self), box);

  g_signal_connect_object (self->search, "search-changed", G_CALLBACK (search_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed), self,
                           G_CONNECT_SWAPPED);
  update_status (self);
  gtk_widget_grab_focus (self->search);
  return GTK_WIDGET (self);
}

/* Returns: (transfer none): the enterprises listed, of #PzEnterprise */
GListModel *
pz_enterprise_list_get_model (PzEnterpriseList *self)
{
  g_return_val_if_fail (PZ_IS_ENTERPRISE_LIST (self), NULL);

  return G_LIST_MODEL (self->model);
}

/* Searches at once, as typing @text would after its short delay. */
void
pz_enterprise_list_set_search (PzEnterpriseList *self,
                               const char       *text)
{
  g_return_if_fail (PZ_IS_ENTERPRISE_LIST (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search), text);
  search_changed (self);
}

void
pz_enterprise_list_select (PzEnterpriseList *self,
                           guint             position)
{
  g_return_if_fail (PZ_IS_ENTERPRISE_LIST (self));

  gtk_single_selection_set_selected (self->selection, position);
}
