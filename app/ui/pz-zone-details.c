/* pz-zone-details.c
 *
 * The side panel that tells what a zone is: names, province, batch,
 * approval, document, location and where each fact comes from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-zone-details"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-batch.h"
#include "pz-figure-row.h"
#include "pz-park.h"
#include "pz-zone-details.h"

struct _PzZoneDetails
{
  GtkWidget   parent_instance;

  PzZone     *zone;
  GListModel *batches;
  GListModel *zones;
  GListModel *parks;
  PzDatabase *database;
  PzUserDatabase *user_database;
  GPtrArray  *park_rows;
  GPtrArray  *figure_rows;
  char       *pending_park;  /* to focus once the parks are on screen */

  GtkLabel   *name_label;
  GtkLabel   *other_name_label;
  GtkLabel   *province_label;
  GtkLabel   *batch_label;
  GtkLabel   *approved_label;
  GtkLabel   *document_label;
  GtkLabel   *status_label;
  GtkLabel   *coordinates_label;
  GtkLabel   *coord_source_label;
  GtkLabel   *note_label;
  GtkWidget  *note_row;
  GtkWidget  *source_button;
  GtkWidget  *source2_button;
  AdwPreferencesGroup *parks_group;
  AdwPreferencesGroup *figures_group;
  GtkLabel   *imported_label;
};

G_DEFINE_FINAL_TYPE (PzZoneDetails, pz_zone_details, GTK_TYPE_WIDGET)

/* Unknown facts read "No data", never an empty or invented value. */
static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : _("No data"));
}

static PzBatch *
find_batch (PzZoneDetails *self,
            guint          number)
{
  guint n = self->batches != NULL ? g_list_model_get_n_items (self->batches) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzBatch) batch = g_list_model_get_item (self->batches, i);

      if (pz_batch_get_number (batch) == number)
        return g_steal_pointer (&batch);
    }
  return NULL;
}

static char *
format_status (PzZoneDetails *self,
               PzZone        *zone)
{
  const char *ended = pz_zone_get_text (zone, PZ_ZONE_ENDED);
  g_autoptr(PzZone) successor = NULL;

  if (ended == NULL)
    return g_strdup (_("In force"));

  successor = pz_zone_find (self->zones, pz_zone_get_text (zone, PZ_ZONE_SUCCESSOR));
  if (successor != NULL)
    /* Translators: status of a zone, e.g. "Merged into Hainan on 2025-04-…" */
    return g_strdup_printf (_("Merged into %s on %s"), pz_zone_get_display_name (successor), ended);
  return g_strdup_printf (_("Ended on %s"), ended);
}

/* The link says what kind of source it is: an official page, a report,
 * or a copy; @fallback where the data does not class it. */
static void
set_source (PzZoneDetails *self,
            GtkWidget     *button,
            const char    *uri,
            const char    *fallback)
{
  g_autofree char *kind = NULL;
  gboolean web;

  gtk_widget_set_visible (button, uri != NULL);
  if (uri == NULL)
    return;
  if (self->database != NULL)
    kind = pz_database_describe_source (self->database, uri);
  /* A link of another scheme than http(s) is shown as its text and
   * cannot be opened. */
  web = pz_source_uri_is_web (uri);
  gtk_widget_set_sensitive (button, web);
  gtk_button_set_label (GTK_BUTTON (button), !web ? uri : kind != NULL ? kind : fallback);
  pz_link_button_wrap (button);
  gtk_link_button_set_uri (GTK_LINK_BUTTON (button), web ? uri : "");
  gtk_widget_set_tooltip_text (button, uri);
}

/* A row of a park's details: a title and its value, wrapped. */
static GtkWidget *
park_fact_row (const char *title,
               const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value != NULL ? value : _("No data"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  /* Shares the row's width with the title instead of wrapping at every word. */
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "caption");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

/* The park's status, as data/parks.csv classes it from its sources. */
static const char *
park_kind_text (const char *kind)
{
  if (g_strcmp0 (kind, "recognised") == 0)
    return _("Recognised by a government");
  if (g_strcmp0 (kind, "operating") == 0)
    return _("Operating; no government recognition found");
  if (g_strcmp0 (kind, "planned") == 0)
    return _("Planned or under construction");
  return _("Other facility (bonded zone, warehouse, incubation base)");
}

static char *
park_position_text (PzPark *park)
{
  const char *precision = pz_park_get_text (park, PZ_PARK_PRECISION);
  const char *district = pz_park_get_text (park, PZ_PARK_DISTRICT);
  double lat, lon;

  if (pz_park_get_location (park, &lat, &lon))
    /* Translators: a park's site, latitude and longitude */
    return g_strdup_printf (_("Site known: %.4f° N, %.4f° E"), lat, lon);
  if (g_strcmp0 (precision, "district") == 0 && district != NULL)
    /* Translators: a park whose position is known to its district only */
    return g_strdup_printf (_("Known to its district only (%s); drawn at its zone"), district);
  return g_strdup (_("Known to its city only; drawn at its zone"));
}

/* A park's row: its name, district and year; expanded, what the data
 * says of it and where that comes from. */
static GtkWidget *
park_row (PzZoneDetails *self,
          PzPark        *park)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *position = park_position_text (park);
  g_autofree char *year = pz_park_get_year (park) > 0 ? g_strdup_printf ("%u", pz_park_get_year (park)) : NULL;
  const char *district = pz_park_get_text (park, PZ_PARK_DISTRICT);
  GtkWidget *links_row = adw_action_row_new ();

  if (district != NULL)
    g_string_append (subtitle, district);
  if (year != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", year);
  if (pz_park_is_approximate (park))
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "",
                            _("location approximate"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pz_park_get_display_name (park));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle->str);
  g_object_set_data_full (G_OBJECT (row), "park-id", g_strdup (pz_park_get_id (park)), g_free);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), park_fact_row (_("Chinese name"), pz_park_get_text (park, PZ_PARK_NAME_ZH)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), park_fact_row (_("English name"), pz_park_get_text (park, PZ_PARK_NAME_EN)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), park_fact_row (_("Status"), park_kind_text (pz_park_get_text (park, PZ_PARK_KIND))));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), park_fact_row (_("Year"), year));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), park_fact_row (_("Position"), position));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), pz_text_row_new (_("Note"), pz_park_get_text (park, PZ_PARK_NOTE)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (links_row), _("Sources"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (links_row),
                             pz_source_links_new (self->database, pz_park_get_text (park, PZ_PARK_SOURCE_URL),
                                                  pz_park_get_text (park, PZ_PARK_SOURCE2_URL)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), links_row);
  return row;
}

/* Puts @new_rows in @group in place of @rows, or a "No data" row when
 * there are none; @rows then holds what the group shows. */
static void
replace_rows (AdwPreferencesGroup *group,
              GPtrArray           *rows,
              GPtrArray           *new_rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);

  if (new_rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No data"));
      g_ptr_array_add (new_rows, row);
    }
  for (guint i = 0; i < new_rows->len; i++)
    {
      g_ptr_array_add (rows, g_ptr_array_index (new_rows, i));
      adw_preferences_group_add (group, g_ptr_array_index (new_rows, i));
    }
}

static void
update_parks (PzZoneDetails *self)
{
  guint n = self->parks != NULL ? g_list_model_get_n_items (self->parks) : 0;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzPark) park = g_list_model_get_item (self->parks, i);

      if (g_strcmp0 (pz_park_get_zone_id (park), pz_zone_get_id (self->zone)) == 0)
        g_ptr_array_add (rows, park_row (self, park));
    }
  replace_rows (self->parks_group, self->park_rows, rows);
}

/* Adds the row of the figures in @same, all of one indicator, and
 * empties @same. */
static void
add_figures_row (PzZoneDetails *self,
                 GPtrArray     *rows,
                 GListStore    *same)
{
  g_autoptr(PzIndicator) first = g_list_model_get_item (G_LIST_MODEL (same), 0);

  g_ptr_array_add (rows, pz_figures_row_new (self->database, G_LIST_MODEL (same), pz_indicator_get_label (first)));
  g_list_store_remove_all (same);
}

/* Every figure published for the zone, by indicator and year. */
static void
update_figures (PzZoneDetails *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GListStore) same = g_list_store_new (PZ_TYPE_INDICATOR);
  GListModel *figures = self->database != NULL ? pz_database_get_indicators (self->database) : NULL;
  guint n = figures != NULL ? g_list_model_get_n_items (figures) : 0;
  const char *indicator = NULL;

  /* The figures come sorted by scope, indicator and year: the zone's
   * figures of one indicator are a run, and each run becomes one row. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PzIndicator) figure = g_list_model_get_item (figures, i);

      if (g_strcmp0 (pz_indicator_get_scope (figure), "zone") != 0 ||
          g_strcmp0 (pz_indicator_get_scope_id (figure), pz_zone_get_id (self->zone)) != 0)
        continue;
      if (indicator != NULL && g_strcmp0 (pz_indicator_get_indicator (figure), indicator) != 0)
        add_figures_row (self, rows, same);
      /* The database keeps the figure, and so its text, alive. */
      indicator = pz_indicator_get_indicator (figure);
      g_list_store_append (same, figure);
    }
  if (indicator != NULL)
    add_figures_row (self, rows, same);
  replace_rows (self->figures_group, self->figure_rows, rows);
}

static void
update_enterprises (PzZoneDetails *self)
{
  g_autofree char *imported = NULL;

  if (self->user_database != NULL)
    imported = g_strdup_printf ("%u", pz_user_database_get_zone_count (self->user_database,
                                                                      pz_zone_get_id (self->zone)));
  set_text (self->imported_label, imported);
}

static void
update (PzZoneDetails *self)
{
  PzZone *zone = self->zone;
  g_autoptr(PzBatch) batch = NULL;
  g_autofree char *batch_text = NULL;
  g_autofree char *status = NULL;
  g_autofree char *coordinates = NULL;
  const char *note;

  if (zone == NULL)
    return;

  batch = find_batch (self, pz_zone_get_batch (zone));
  if (batch != NULL && pz_batch_get_year (batch) > 0)
    /* Translators: batch number and the year it was approved */
    batch_text = g_strdup_printf (_("%u (%u)"), pz_zone_get_batch (zone), pz_batch_get_year (batch));
  else
    batch_text = g_strdup_printf ("%u", pz_zone_get_batch (zone));

  if (pz_zone_has_location (zone))
    {
      double lat = pz_zone_get_latitude (zone), lon = pz_zone_get_longitude (zone);
      /* Translators: a latitude, e.g. "30.2936° N" */
      g_autofree char *lat_text = g_strdup_printf (lat >= 0 ? C_("coordinate", "%.4f° N") : C_("coordinate", "%.4f° S"),
                                                   fabs (lat));
      /* Translators: a longitude, e.g. "120.1614° E" */
      g_autofree char *lon_text = g_strdup_printf (lon >= 0 ? C_("coordinate", "%.4f° E") : C_("coordinate", "%.4f° W"),
                                                   fabs (lon));

      /* Translators: latitude and longitude together */
      coordinates = g_strdup_printf (C_("coordinate", "%s, %s"), lat_text, lon_text);
    }

  status = format_status (self, zone);
  note = pz_zone_get_text (zone, PZ_ZONE_NOTE);

  set_text (self->name_label, pz_zone_get_display_name (zone));
  set_text (self->other_name_label, pz_zone_get_other_name (zone));
  set_text (self->province_label, pz_zone_get_display_province (zone));
  set_text (self->batch_label, batch_text);
  set_text (self->approved_label, pz_zone_get_text (zone, PZ_ZONE_APPROVED));
  set_text (self->document_label, pz_zone_get_text (zone, PZ_ZONE_DOCUMENT));
  set_text (self->status_label, status);
  set_text (self->coordinates_label, coordinates);
  set_text (self->coord_source_label, pz_zone_get_text (zone, PZ_ZONE_COORD_SOURCE));
  set_text (self->note_label, note);
  gtk_widget_set_visible (self->note_row, note != NULL);
  set_source (self, self->source_button, pz_zone_get_text (zone, PZ_ZONE_SOURCE_URL), _("Official document"));
  set_source (self, self->source2_button, pz_zone_get_text (zone, PZ_ZONE_SOURCE2_URL), _("Second source"));
  update_parks (self);
  update_figures (self);
  update_enterprises (self);
}

/* An expander row takes the focus in its header; focus already inside
 * the row stays where it is. */
static void
focus_row (GtkWidget *row)
{
  GtkRoot *root = gtk_widget_get_root (row);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || (focus != row && !gtk_widget_is_ancestor (focus, row)))
    gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
}

/* Opens @park_id's row and closes the others; returns the row. */
static GtkWidget *
expand_park_row (PzZoneDetails *self,
                 const char    *park_id)
{
  GtkWidget *found = NULL;

  for (guint i = 0; i < self->park_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->park_rows, i);
      gboolean match;

      if (!ADW_IS_EXPANDER_ROW (row))
        continue;
      match = g_strcmp0 (g_object_get_data (G_OBJECT (row), "park-id"), park_id) == 0;
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), match);
      if (match)
        found = row;
    }
  return found;
}

/* The parks of a zone just selected are not on screen until the details
 * are: the park asked for last takes the focus then. */
static void
parks_group_mapped (PzZoneDetails *self)
{
  g_autofree char *park_id = g_steal_pointer (&self->pending_park);
  GtkWidget *row = park_id != NULL ? expand_park_row (self, park_id) : NULL;

  if (row != NULL)
    focus_row (row);
}

static void
pz_zone_details_dispose (GObject *object)
{
  PzZoneDetails *self = (PzZoneDetails *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_ZONE_DETAILS);
  /* A plain GtkWidget owns its children; none may outlive it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->zone);
  g_clear_object (&self->batches);
  g_clear_object (&self->zones);
  g_clear_object (&self->parks);
  g_clear_object (&self->database);
  g_clear_object (&self->user_database);
  g_clear_pointer (&self->park_rows, g_ptr_array_unref);
  g_clear_pointer (&self->figure_rows, g_ptr_array_unref);
  g_clear_pointer (&self->pending_park, g_free);

  G_OBJECT_CLASS (pz_zone_details_parent_class)->dispose (object);
}

static void
pz_zone_details_class_init (PzZoneDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_zone_details_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-zone-details.ui");
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, name_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, other_name_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, province_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, batch_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, approved_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, document_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, status_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, coordinates_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, coord_source_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, note_label);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, note_row);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, source_button);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, source2_button);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, parks_group);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, figures_group);
  gtk_widget_class_bind_template_child (widget_class, PzZoneDetails, imported_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "zonedetails");
}

static void
pz_zone_details_init (PzZoneDetails *self)
{
  self->park_rows = g_ptr_array_new ();
  self->figure_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->parks_group, "map", G_CALLBACK (parks_group_mapped), self, G_CONNECT_SWAPPED);
}

/**
 * pz_zone_details_get_zone:
 *
 * Returns: (transfer none) (nullable): the zone shown
 */
PzZone *
pz_zone_details_get_zone (PzZoneDetails *self)
{
  g_return_val_if_fail (PZ_IS_ZONE_DETAILS (self), NULL);

  return self->zone;
}

void
pz_zone_details_set_zone (PzZoneDetails *self,
                          PzZone        *zone)
{
  g_return_if_fail (PZ_IS_ZONE_DETAILS (self));
  g_return_if_fail (zone == NULL || PZ_IS_ZONE (zone));

  /* The window sets the zone from its one selection; nothing binds to it. */
  if (g_set_object (&self->zone, zone))
    update (self);
}

/* The batches give the approval year; the zones resolve successors. */
void
pz_zone_details_set_batches (PzZoneDetails *self,
                             GListModel    *batches)
{
  g_return_if_fail (PZ_IS_ZONE_DETAILS (self));

  g_set_object (&self->batches, batches);
  update (self);
}

void
pz_zone_details_set_zones (PzZoneDetails *self,
                           GListModel    *zones)
{
  g_return_if_fail (PZ_IS_ZONE_DETAILS (self));

  g_set_object (&self->zones, zones);
  update (self);
}

void
pz_zone_details_set_parks (PzZoneDetails *self,
                           GListModel    *parks)
{
  g_return_if_fail (PZ_IS_ZONE_DETAILS (self));

  g_set_object (&self->parks, parks);
  if (self->zone != NULL)
    update (self);
}

/* The published enterprise figures come from the bundled indicators. */
void
pz_zone_details_set_indicators (PzZoneDetails *self,
                                PzDatabase    *database)
{
  g_return_if_fail (PZ_IS_ZONE_DETAILS (self));

  g_set_object (&self->database, database);
  if (self->zone != NULL)
    update (self);
}

void
pz_zone_details_set_user_database (PzZoneDetails  *self,
                                   PzUserDatabase *user_database)
{
  g_return_if_fail (PZ_IS_ZONE_DETAILS (self));

  if (self->user_database != NULL)
    g_signal_handlers_disconnect_by_data (self->user_database, self);
  g_set_object (&self->user_database, user_database);
  if (user_database != NULL)
    g_signal_connect_object (user_database, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  if (self->zone != NULL)
    update (self);
}

/**
 * pz_zone_details_show_park:
 * @park_id: a park of the zone shown
 *
 * Opens the park's row, closes the others and moves the focus to it, so
 * that the details scroll to it.
 *
 * Returns: %TRUE if the zone shown has that park
 */
gboolean
pz_zone_details_show_park (PzZoneDetails *self,
                           const char    *park_id)
{
  GtkWidget *found;

  g_return_val_if_fail (PZ_IS_ZONE_DETAILS (self), FALSE);

  g_clear_pointer (&self->pending_park, g_free);
  found = expand_park_row (self, park_id);
  if (found != NULL && gtk_widget_get_mapped (found))
    focus_row (found);
  else if (found != NULL)
    self->pending_park = g_strdup (park_id);
  return found != NULL;
}
