/* pz-zone-list.c
 *
 * The sidebar's list of the zones shown, or, when the search or the
 * filter leaves none, a page that says so and how to get them back.
 *
 * The list is a one-column GtkGridView that reads to a screen reader as a
 * list: GTK 4.8's GtkListView keeps a row widget for each of the first
 * 200 items, on screen or not (181 rows, 3.5 MiB at start), a grid view
 * only for the rows near the screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-zone-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pz-zone-list.h"

struct _PzZoneList
{
  GtkWidget          parent_instance;

  GtkSelectionModel *selection;
  PzZoneFilter      *filter;

  GtkStack          *stack;
  GtkGridView       *grid;
  AdwStatusPage     *empty_page;
};

G_DEFINE_FINAL_TYPE (PzZoneList, pz_zone_list, GTK_TYPE_WIDGET)

/* A search that found nothing gets a hint on what it searches; a filter
 * that leaves nothing gets the way back. */
static void
update_empty_state (PzZoneList *self)
{
  const char *text = pz_zone_filter_get_text (self->filter);
  g_autofree char *title = NULL;

  if (!pz_zone_list_is_empty (self))
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  if (text != NULL && *text != '\0')
    {
      /* Translators: the search found no zone; %s is what was typed */
      title = g_strdup_printf (_("No Zone Matches “%s”"), text);
      adw_status_page_set_description (self->empty_page,
                                       _("Search by Chinese name, pinyin or English name, e.g. 杭州, hangzhou or Hangzhou. "
                                         "The batch, province and timeline filters apply too."));
    }
  else
    {
      title = g_strdup (_("No Zone Matches the Filter"));
      adw_status_page_set_description (self->empty_page,
                                       _("No zone was approved in the batches and provinces chosen, or in force on the timeline’s date."));
    }
  adw_status_page_set_title (self->empty_page, title);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
pz_zone_list_dispose (GObject *object)
{
  PzZoneList *self = (PzZoneList *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_ZONE_LIST);
  /* The template's root child is ours to unparent on GTK 4.8. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self)));)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (pz_zone_list_parent_class)->dispose (object);
}

static void
pz_zone_list_class_init (PzZoneListClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pz_zone_list_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-zone-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PzZoneList, stack);
  gtk_widget_class_bind_template_child (widget_class, PzZoneList, grid);
  gtk_widget_class_bind_template_child (widget_class, PzZoneList, empty_page);
}

static void
pz_zone_list_init (PzZoneList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pz_zone_list_set_model:
 * @selection: the zones shown, with the window's selection
 * @filter: the filter that shows them, for the empty page's words
 */
void
pz_zone_list_set_model (PzZoneList        *self,
                        GtkSelectionModel *selection,
                        PzZoneFilter      *filter)
{
  g_return_if_fail (PZ_IS_ZONE_LIST (self));
  g_return_if_fail (self->selection == NULL);

  self->selection = g_object_ref (selection);
  self->filter = g_object_ref (filter);
  gtk_grid_view_set_model (self->grid, selection);
  g_signal_connect_object (selection, "items-changed", G_CALLBACK (update_empty_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (filter, "changed", G_CALLBACK (update_empty_state), self, G_CONNECT_SWAPPED);
  update_empty_state (self);
}

void
pz_zone_list_scroll_to (PzZoneList *self,
                        guint       position)
{
  g_return_if_fail (PZ_IS_ZONE_LIST (self));

#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_grid_view_scroll_to (self->grid, position, GTK_LIST_SCROLL_NONE, NULL);
#else
  gtk_widget_activate_action (GTK_WIDGET (self->grid), "list.scroll-to-item", "u", position);
#endif
}

/* Whether the list shows its empty page: nothing to list. */
gboolean
pz_zone_list_is_empty (PzZoneList *self)
{
  g_return_val_if_fail (PZ_IS_ZONE_LIST (self), FALSE);

  return self->selection == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0;
}
