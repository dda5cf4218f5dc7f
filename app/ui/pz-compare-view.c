/* pz-compare-view.c
 *
 * One to four provinces side by side: a small map of each with its zones,
 * its zones by batch, its parks, its published figures with their years
 * and sources, and the enterprises imported into its zones. With one
 * province it is that province's details.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-compare-view"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-basemap-draw.h"
#include "pz-batch.h"
#include "pz-compare-view.h"
#include "pz-province.h"
#include "pz-figure-row.h"
#include "pz-map-render.h"
#include "pz-park-draw.h"
#include "pz-projection.h"
#include "pz-zone-draw.h"
#include "pz-zone.h"

/* Room around the province on its small map, in pixels. */
#define MAP_PADDING 12.0

typedef struct
{
  char             *code;
  GListStore       *zones;
  guint             n_parks;
  guint             by_batch[16];  /* zones by batch number; batches past 15 are not split */
  PzMapComposition *map;
  double            bounds[4];     /* south, west, north, east */
  gboolean          has_bounds;
} Province;

struct _PzCompareView
{
  AdwWindow       parent_instance;

  PzDatabase     *database;
  GArray         *provinces;  /* of Province */

  AdwWindowTitle *window_title;
  GtkBox         *columns;
};

G_DEFINE_FINAL_TYPE (PzCompareView, pz_compare_view, ADW_TYPE_WINDOW)

static void
province_clear (Province *province)
{
  g_clear_pointer (&province->code, g_free);
  g_clear_object (&province->zones);
  g_clear_pointer (&province->map, pz_map_composition_unref);
}

static void
draw_map (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  Province *province = user_data;
  static const PzMapDecorations none = { NULL, NULL, FALSE, FALSE, FALSE, FALSE };
  const double *b = province->bounds;
  PzBasemap *basemap = pz_database_get_basemap (pz_map_composition_get_database (province->map));
  const PzMapStyle *style;
  double zoom, centre_y;
  PzView view;

  if (!province->has_bounds)
    return;
  zoom = pz_view_fit_zoom (b[0], b[1], b[2], b[3], width, height, MAP_PADDING);
  /* The middle of the box in Mercator, not the mean of the latitudes. */
  centre_y = (pz_mercator_y (b[0]) + pz_mercator_y (b[2])) / 2.0;
  pz_view_init_centered (&view, pz_mercator_latitude (centre_y), (b[1] + b[3]) / 2.0, zoom, width, height,
                         gtk_widget_get_scale_factor (GTK_WIDGET (area)));
  pz_map_composition_set_dark (province->map, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  pz_map_render (province->map, &none, cr, &view);

  /* The province stands out: its neighbours faded, its border drawn, and
   * its parks and zones again on top, as the map draws them. */
  style = pz_map_composition_get_style (province->map);
  cairo_new_path (cr);
  if (!pz_basemap_append_province (basemap, cr, &view, province->code))
    return;
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  if (pz_map_composition_get_dark (province->map))
    cairo_set_source_rgba (cr, 0, 0, 0, 0.35);
  else
    cairo_set_source_rgba (cr, 1, 1, 1, 0.5);
  cairo_fill (cr);
  pz_basemap_append_province (basemap, cr, &view, province->code);
  pz_cairo_set_color (cr, &style->province_line);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);
  if (pz_map_composition_get_parks (province->map) != NULL)
    pz_draw_parks (cr, &view, pz_map_composition_get_parks (province->map), G_LIST_MODEL (province->zones), style);
  pz_draw_zones (cr, &view, G_LIST_MODEL (province->zones), NULL, style);
}

static GtkWidget *
count_row (const char *title,
           guint       count)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *text = g_strdup_printf ("%u", count);
  GtkWidget *label = gtk_label_new (text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static GtkWidget *
group_new (const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  return group;
}

/* The province's own published figures, each with its year and source. */
static GtkWidget *
figures_group (PzCompareView *self,
               const char    *code)
{
  GtkWidget *group = group_new (_("Published Figures"));
  GListModel *provinces = pz_database_get_provinces (self->database);
  guint shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (provinces); i++)
    {
      g_autoptr(PzProvince) province = g_list_model_get_item (provinces, i);
      GListModel *figures = pz_province_get_figures (province);

      if (g_strcmp0 (pz_province_get_code (province), code) != 0)
        continue;
      for (guint f = 0; f < g_list_model_get_n_items (figures); f++)
        {
          g_autoptr(PzIndicator) figure = g_list_model_get_item (figures, f);

          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                     pz_figure_row_new (self->database, figure, pz_indicator_get_label (figure)));
          shown++;
        }
    }
  if (shown == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), pz_text_row_new (_("Published figures"), NULL));
  return group;
}

/* A row for every batch that has zones in any of the provinces, so that
 * the columns line up; a province without zones in it reads 0. */
static gboolean
batch_shown (PzCompareView *self,
             guint          number)
{
  if (number >= G_N_ELEMENTS (((Province *) NULL)->by_batch))
    return FALSE;
  for (guint i = 0; i < self->provinces->len; i++)
    if (g_array_index (self->provinces, Province, i).by_batch[number] > 0)
      return TRUE;
  return FALSE;
}

static GtkWidget *
column_new (PzCompareView  *self,
            Province       *province,
            GHashTable     *imported)
{
  PzBasemap *basemap = pz_database_get_basemap (self->database);
  GListModel *batches = pz_database_get_batches (self->database);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (pz_basemap_get_province_name (basemap, province->code));
  GtkWidget *map = gtk_drawing_area_new ();
  GtkWidget *zones = group_new (_("Zones"));
  GtkWidget *more = group_new (NULL);
  guint n_zones = g_list_model_get_n_items (G_LIST_MODEL (province->zones));

  gtk_widget_add_css_class (title, "title-2");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_box_append (GTK_BOX (column), title);

  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (map), 220);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (map), draw_map, province, NULL);
  gtk_widget_add_css_class (map, "card");
  gtk_widget_set_overflow (map, GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (map), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Map of the province and its zones"), -1);
  gtk_box_append (GTK_BOX (column), map);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (zones), count_row (_("All zones"), n_zones));
  for (guint i = 0; i < g_list_model_get_n_items (batches); i++)
    {
      g_autoptr(PzBatch) batch = g_list_model_get_item (batches, i);
      guint number = pz_batch_get_number (batch);
      g_autofree char *label = NULL;

      if (!batch_shown (self, number))
        continue;
      /* Translators: a batch of zones and the year it was approved */
      label = g_strdup_printf (_("Batch %u (%u)"), number, pz_batch_get_year (batch));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (zones), count_row (label, province->by_batch[number]));
    }
  gtk_box_append (GTK_BOX (column), zones);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (more), count_row (_("Parks"), province->n_parks));
  if (imported != NULL)
    {
      guint n_imported = 0;

      for (guint i = 0; i < n_zones; i++)
        {
          g_autoptr(PzZone) zone = g_list_model_get_item (G_LIST_MODEL (province->zones), i);

          n_imported += GPOINTER_TO_UINT (g_hash_table_lookup (imported, pz_zone_get_id (zone)));
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (more), count_row (_("Imported enterprises"), n_imported));
    }
  gtk_box_append (GTK_BOX (column), more);
  gtk_box_append (GTK_BOX (column), figures_group (self, province->code));
  return column;
}

static void
add_province (PzCompareView *self,
              const char    *code)
{
  GListModel *all = pz_database_get_zones (self->database);
  Province province = { 0 };

  province.code = g_strdup (code);
  province.zones = g_list_store_new (PZ_TYPE_ZONE);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PzZone) zone = g_list_model_get_item (all, i);
      guint batch = pz_zone_get_batch (zone);

      if (g_strcmp0 (pz_zone_get_text (zone, PZ_ZONE_PROVINCE_CODE), code) != 0)
        continue;
      g_list_store_append (province.zones, zone);
      province.n_parks += pz_zone_get_n_parks (zone);
      if (batch < G_N_ELEMENTS (province.by_batch))
        province.by_batch[batch]++;
    }
  province.map = pz_map_composition_new (self->database, G_LIST_MODEL (province.zones));
  pz_map_composition_set_show_parks (province.map, TRUE);
  pz_map_composition_set_show_labels (province.map, FALSE);
  province.has_bounds = pz_basemap_get_province_bounds (pz_database_get_basemap (self->database), code,
                                                        province.bounds);
  g_array_append_val (self->provinces, province);
}

static void
pz_compare_view_dispose (GObject *object)
{
  PzCompareView *self = PZ_COMPARE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PZ_TYPE_COMPARE_VIEW);
  g_clear_pointer (&self->provinces, g_array_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pz_compare_view_parent_class)->dispose (object);
}

static void
pz_compare_view_class_init (PzCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pz_compare_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/pz-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PzCompareView, window_title);
  gtk_widget_class_bind_template_child (widget_class, PzCompareView, columns);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pz_compare_view_init (PzCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->provinces = g_array_new (FALSE, TRUE, sizeof (Province));
  g_array_set_clear_func (self->provinces, (GDestroyNotify) province_clear);
}

/**
 * pz_compare_view_new:
 * @user_database: (nullable): the user's imported enterprises
 * @codes: one to %PZ_COMPARE_MAX_PROVINCES province codes; more are left out
 *
 * Returns: (transfer none): a window comparing the provinces
 */
GtkWidget *
pz_compare_view_new (GtkWindow          *parent,
                     PzDatabase         *database,
                     PzUserDatabase     *user_database,
                     const char * const *codes)
{
  g_autoptr(GHashTable) imported = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;
  PzBasemap *basemap;
  PzCompareView *self;

  g_return_val_if_fail (PZ_IS_DATABASE (database), NULL);
  g_return_val_if_fail (codes != NULL, NULL);

  self = g_object_new (PZ_TYPE_COMPARE_VIEW, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  basemap = pz_database_get_basemap (database);
  if (user_database != NULL)
    imported = g_hash_table_ref (pz_user_database_get_counts_by_zone (user_database));

  for (guint i = 0; codes[i] != NULL && i < PZ_COMPARE_MAX_PROVINCES; i++)
    add_province (self, codes[i]);
  /* The array is complete: its elements no longer move. */
  for (guint i = 0; i < self->provinces->len; i++)
    {
      Province *province = &g_array_index (self->provinces, Province, i);

      gtk_box_append (self->columns, column_new (self, province, imported));
      g_ptr_array_add (names, (gpointer) pz_basemap_get_province_name (basemap, province->code));
    }
  g_ptr_array_add (names, NULL);
  subtitle = g_strjoinv (" · ", (char **) names->pdata);
  if (self->provinces->len == 1)
    {
      adw_window_title_set_title (self->window_title, subtitle);
      gtk_window_set_title (GTK_WINDOW (self), subtitle);
    }
  else
    adw_window_title_set_subtitle (self->window_title, subtitle);
  return GTK_WIDGET (self);
}

guint
pz_compare_view_get_n_provinces (PzCompareView *self)
{
  g_return_val_if_fail (PZ_IS_COMPARE_VIEW (self), 0);

  return self->provinces->len;
}

static Province *
get_province (PzCompareView *self,
              guint          index)
{
  g_return_val_if_fail (PZ_IS_COMPARE_VIEW (self), NULL);
  g_return_val_if_fail (index < self->provinces->len, NULL);

  return &g_array_index (self->provinces, Province, index);
}

const char *
pz_compare_view_get_code (PzCompareView *self,
                          guint          index)
{
  Province *province = get_province (self, index);

  return province != NULL ? province->code : NULL;
}

/**
 * pz_compare_view_get_n_zones:
 * @index: the province's column, from 0
 *
 * Returns: the number of zones shown for the province
 */
guint
pz_compare_view_get_n_zones (PzCompareView *self,
                             guint          index)
{
  Province *province = get_province (self, index);

  return province != NULL ? g_list_model_get_n_items (G_LIST_MODEL (province->zones)) : 0;
}

guint
pz_compare_view_get_n_parks (PzCompareView *self,
                             guint          index)
{
  Province *province = get_province (self, index);

  return province != NULL ? province->n_parks : 0;
}

guint
pz_compare_view_get_n_zones_in_batch (PzCompareView *self,
                                      guint          index,
                                      guint          batch)
{
  Province *province = get_province (self, index);

  return province != NULL && batch < G_N_ELEMENTS (province->by_batch) ? province->by_batch[batch] : 0;
}
