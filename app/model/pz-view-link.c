/* pz-view-link.c
 *
 * A view as a link to send to a colleague:
 *
 *   pilotzones:?batch=5&province=440000&zoom=7&center=23.1,113.3&mode=zones&date=2022-12-31
 *
 * Parameters: batch (numbers, comma-separated), province (six-digit codes,
 * comma-separated), q (search text), years (YYYY or YYYY-YYYY), date
 * (YYYY-MM-DD), mode (zones, provinces, enterprises), zoom (0-20),
 * center (LAT,LON in degrees). A link is read whole or not at all: an
 * unknown parameter or a value out of form refuses it with a message that
 * names the parameter, so nobody mistakes a partial view for the one sent.
 * Plain GLib, so the parser can be fuzzed alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-view-link"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pz-view-link.h"

/* Longer is not a link anyone sent. */
#define MAX_LENGTH 4096
#define MAX_TEXT 200
#define MAX_BATCH 99
#define MIN_ZOOM 0.0
#define MAX_ZOOM 20.0
/* Where Web Mercator ends. */
#define MAX_LATITUDE 85.0

G_DEFINE_QUARK (pz-view-link-error-quark, pz_view_link_error)

static const char * const modes[] = { "zones", "provinces", "enterprises", NULL };

PzViewLink *
pz_view_link_new (void)
{
  PzViewLink *link = g_new0 (PzViewLink, 1);

  link->batches = g_array_new (FALSE, FALSE, sizeof (guint));
  link->provinces = g_ptr_array_new_with_free_func (g_free);
  return link;
}

void
pz_view_link_free (PzViewLink *link)
{
  if (link == NULL)
    return;
  g_array_unref (link->batches);
  g_ptr_array_unref (link->provinces);
  g_free (link->text);
  g_free (link->date);
  g_free (link->mode);
  g_free (link);
}

/* Keeps the batches ascending and each once, so equal views give equal links. */
void
pz_view_link_add_batch (PzViewLink *link,
                        guint       batch)
{
  guint i = 0;

  g_return_if_fail (link != NULL);

  while (i < link->batches->len && g_array_index (link->batches, guint, i) < batch)
    i++;
  if (i == link->batches->len || g_array_index (link->batches, guint, i) != batch)
    g_array_insert_val (link->batches, i, batch);
}

void
pz_view_link_add_province (PzViewLink *link,
                           const char *code)
{
  guint i = 0;

  g_return_if_fail (link != NULL);
  g_return_if_fail (code != NULL);

  while (i < link->provinces->len && strcmp (g_ptr_array_index (link->provinces, i), code) < 0)
    i++;
  if (i == link->provinces->len || strcmp (g_ptr_array_index (link->provinces, i), code) != 0)
    g_ptr_array_insert (link->provinces, (int) i, g_strdup (code));
}

static gboolean
is_digits (const char *text,
           gsize       length)
{
  if (strlen (text) != length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/**
 * pz_view_link_set_date:
 * @date: (nullable): a day as YYYY-MM-DD
 *
 * Returns: whether @date is a real day in that form (else nothing changes)
 */
gboolean
pz_view_link_set_date (PzViewLink *link,
                       const char *date)
{
  guint64 year, month, day;

  g_return_val_if_fail (link != NULL, FALSE);

  if (date != NULL)
    {
      g_autofree char *y = g_strndup (date, 4);

      if (strlen (date) != 10 || date[4] != '-' || date[7] != '-' || !is_digits (y, 4) ||
          !g_ascii_isdigit (date[5]) || !g_ascii_isdigit (date[6]) ||
          !g_ascii_isdigit (date[8]) || !g_ascii_isdigit (date[9]))
        return FALSE;
      year = g_ascii_strtoull (date, NULL, 10);
      month = (guint64) (date[5] - '0') * 10 + (guint64) (date[6] - '0');
      day = (guint64) (date[8] - '0') * 10 + (guint64) (date[9] - '0');
      if (year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
        return FALSE;
    }
  g_free (link->date);
  link->date = g_strdup (date);
  return TRUE;
}

static gboolean
bad_value (GError     **error,
           const char  *name,
           const char  *value,
           const char  *expected)
{
  g_autofree char *shown = g_utf8_make_valid (value, MIN (strlen (value), 64));

  /* Translators: a view link's parameter, its value, and what it should be,
   * e.g. "zoom: “x” is not a zoom level from 0 to 20" */
  g_set_error (error, PZ_VIEW_LINK_ERROR, PZ_VIEW_LINK_ERROR_BAD_VALUE, _("%s: “%s” is not %s"),
               name, shown, expected);
  return FALSE;
}

static gboolean
parse_double (const char *text,
              double      min,
              double      max,
              double     *value)
{
  char *end = NULL;

  if (*text == '\0' || g_ascii_isspace (*text))
    return FALSE;
  *value = g_ascii_strtod (text, &end);
  /* Written so that NaN is refused. */
  return end != NULL && *end == '\0' && *value >= min && *value <= max;
}

static gboolean
parse_batches (PzViewLink *link,
               const char *value)
{
  g_auto(GStrv) items = g_strsplit (value, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      guint64 batch;

      if (!g_ascii_string_to_unsigned (items[i], 10, 1, MAX_BATCH, &batch, NULL))
        return FALSE;
      pz_view_link_add_batch (link, (guint) batch);
    }
  return link->batches->len > 0;
}

static gboolean
parse_provinces (PzViewLink *link,
                 const char *value)
{
  g_auto(GStrv) items = g_strsplit (value, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      if (!is_digits (items[i], 6))
        return FALSE;
      pz_view_link_add_province (link, items[i]);
    }
  return link->provinces->len > 0;
}

static gboolean
parse_years (PzViewLink *link,
             const char *value)
{
  g_auto(GStrv) parts = g_strsplit (value, "-", -1);
  guint n = g_strv_length (parts);
  guint64 first, last;

  if (n < 1 || n > 2 || !is_digits (parts[0], 4) || !is_digits (parts[n - 1], 4))
    return FALSE;
  first = g_ascii_strtoull (parts[0], NULL, 10);
  last = g_ascii_strtoull (parts[n - 1], NULL, 10);
  if (first < 1900 || last > 2199 || first > last)
    return FALSE;
  link->first_year = (guint) first;
  link->last_year = (guint) last;
  return TRUE;
}

static gboolean
parse_center (PzViewLink *link,
              const char *value)
{
  g_auto(GStrv) parts = g_strsplit (value, ",", -1);

  if (g_strv_length (parts) != 2 ||
      !parse_double (parts[0], -MAX_LATITUDE, MAX_LATITUDE, &link->latitude) ||
      !parse_double (parts[1], -180.0, 180.0, &link->longitude))
    return FALSE;
  link->has_center = TRUE;
  return TRUE;
}

static gboolean
parse_parameter (PzViewLink  *link,
                 const char  *name,
                 const char  *value,
                 GError     **error)
{
  if (g_str_equal (name, "batch"))
    return parse_batches (link, value) || bad_value (error, name, value, _("a list of batch numbers, e.g. 5 or 1,3"));
  if (g_str_equal (name, "province"))
    return parse_provinces (link, value) ||
           bad_value (error, name, value, _("a list of six-digit province codes, e.g. 330000,440000"));
  if (g_str_equal (name, "q"))
    {
      if (!g_utf8_validate (value, -1, NULL) || g_utf8_strlen (value, -1) > MAX_TEXT || *value == '\0')
        return bad_value (error, name, value, _("a search text of at most 200 characters"));
      g_free (link->text);
      link->text = g_strdup (value);
      return TRUE;
    }
  if (g_str_equal (name, "years"))
    return parse_years (link, value) || bad_value (error, name, value, _("a year or a range of years, e.g. 2016-2018"));
  if (g_str_equal (name, "date"))
    return (*value != '\0' && pz_view_link_set_date (link, value)) ||
           bad_value (error, name, value, _("a date as YYYY-MM-DD"));
  if (g_str_equal (name, "mode"))
    {
      /* "imported" is what the command line calls the enterprises mode. */
      const char *mode = g_str_equal (value, "imported") ? "enterprises" : value;

      if (!g_strv_contains (modes, mode))
        return bad_value (error, name, value, _("zones, provinces or enterprises"));
      g_free (link->mode);
      link->mode = g_strdup (mode);
      return TRUE;
    }
  if (g_str_equal (name, "zoom"))
    {
      link->has_zoom = parse_double (value, MIN_ZOOM, MAX_ZOOM, &link->zoom);
      return link->has_zoom || bad_value (error, name, value, _("a zoom level from 0 to 20"));
    }
  if (g_str_equal (name, "center"))
    return parse_center (link, value) ||
           bad_value (error, name, value, _("LAT,LON in degrees, e.g. 30.27,120.15"));

  {
    g_autofree char *shown = g_utf8_make_valid (name, MIN (strlen (name), 64));

    g_set_error (error, PZ_VIEW_LINK_ERROR, PZ_VIEW_LINK_ERROR_UNKNOWN_PARAMETER,
                 _("Unknown parameter “%s”"), shown);
  }
  return FALSE;
}

/**
 * pz_view_link_parse:
 * @uri: a link as pz_view_link_to_string() writes it
 *
 * Returns: (transfer full) (nullable): the view, or %NULL with @error set
 *   when @uri is not a view link or any of its parameters is unknown or
 *   out of form
 */
PzViewLink *
pz_view_link_parse (const char  *uri,
                    GError     **error)
{
  g_autoptr(PzViewLink) link = NULL;
  g_autofree char *query = NULL;
  g_auto(GStrv) pairs = NULL;
  const char *rest;
  gsize scheme_length = strlen (PZ_VIEW_LINK_SCHEME);

  g_return_val_if_fail (uri != NULL, NULL);

  if (strlen (uri) > MAX_LENGTH || g_ascii_strncasecmp (uri, PZ_VIEW_LINK_SCHEME, scheme_length) != 0 ||
      uri[scheme_length] != ':')
    {
      g_set_error (error, PZ_VIEW_LINK_ERROR, PZ_VIEW_LINK_ERROR_NOT_A_LINK,
                   _("Not a Pilot Zones view link: it should start with “%s:?”"), PZ_VIEW_LINK_SCHEME);
      return NULL;
    }

  /* "pilotzones:?…", and the forms a browser may make of it: "//", "/". */
  rest = uri + scheme_length + 1;
  while (*rest == '/')
    rest++;
  if (*rest == '?')
    rest++;
  /* A fragment is not part of the view. */
  query = g_strndup (rest, strcspn (rest, "#"));

  link = pz_view_link_new ();
  pairs = g_strsplit (query, "&", -1);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      const char *equals = strchr (pairs[i], '=');
      g_autofree char *raw_name = NULL;
      g_autofree char *name = NULL;
      g_autofree char *value = NULL;

      if (*pairs[i] == '\0')
        continue;
      raw_name = equals != NULL ? g_strndup (pairs[i], (gsize) (equals - pairs[i])) : g_strdup (pairs[i]);
      /* '+' is a space, as in a form. */
      g_strdelimit (raw_name, "+", ' ');
      name = g_uri_unescape_string (raw_name, NULL);
      if (equals != NULL)
        {
          g_autofree char *raw_value = g_strdup (equals + 1);

          g_strdelimit (raw_value, "+", ' ');
          value = g_uri_unescape_string (raw_value, NULL);
        }
      if (name == NULL || (equals != NULL && value == NULL))
        {
          g_set_error (error, PZ_VIEW_LINK_ERROR, PZ_VIEW_LINK_ERROR_BAD_VALUE,
                       _("The link has a broken %%-escape"));
          return NULL;
        }
      if (value == NULL)
        {
          g_autofree char *shown = g_utf8_make_valid (name, MIN (strlen (name), 64));

          g_set_error (error, PZ_VIEW_LINK_ERROR, PZ_VIEW_LINK_ERROR_BAD_VALUE,
                       _("Parameter “%s” has no value"), shown);
          return NULL;
        }
      if (!parse_parameter (link, name, value, error))
        return NULL;
    }
  return g_steal_pointer (&link);
}

/* Decimal with at most @digits after the point and no trailing zeros,
 * in any locale. */
static void
append_number (GString *text,
               double   value,
               int      digits)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  char *end;

  g_snprintf (format, sizeof format, "%%.%df", digits);
  g_ascii_formatd (buffer, sizeof buffer, format, value);
  if (strchr (buffer, '.') != NULL)
    {
      end = buffer + strlen (buffer) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  /* "-0" reads back as 0. */
  g_string_append (text, g_str_equal (buffer, "-0") ? "0" : buffer);
}

static void
append_name (GString    *text,
             const char *name)
{
  if (text->str[text->len - 1] != '?')
    g_string_append_c (text, '&');
  g_string_append_printf (text, "%s=", name);
}

/**
 * pz_view_link_to_string:
 *
 * Returns: (transfer full): the link, parameters in a fixed order, so
 *   equal views give equal links; centre to 5 decimals (about a metre),
 *   zoom to 2
 */
char *
pz_view_link_to_string (const PzViewLink *link)
{
  GString *text;

  g_return_val_if_fail (link != NULL, NULL);

  text = g_string_new (PZ_VIEW_LINK_SCHEME ":?");
  if (link->batches->len > 0)
    {
      append_name (text, "batch");
      for (guint i = 0; i < link->batches->len; i++)
        g_string_append_printf (text, "%s%u", i > 0 ? "," : "", g_array_index (link->batches, guint, i));
    }
  if (link->provinces->len > 0)
    {
      append_name (text, "province");
      for (guint i = 0; i < link->provinces->len; i++)
        {
          g_autofree char *code = g_uri_escape_string (g_ptr_array_index (link->provinces, i), NULL, FALSE);

          g_string_append_printf (text, "%s%s", i > 0 ? "," : "", code);
        }
    }
  if (link->text != NULL && *link->text != '\0')
    {
      g_autofree char *escaped = g_uri_escape_string (link->text, NULL, FALSE);

      append_name (text, "q");
      g_string_append (text, escaped);
    }
  if (link->first_year > 0)
    {
      append_name (text, "years");
      if (link->first_year == link->last_year)
        g_string_append_printf (text, "%u", link->first_year);
      else
        g_string_append_printf (text, "%u-%u", link->first_year, link->last_year);
    }
  if (link->date != NULL)
    {
      g_autofree char *escaped = g_uri_escape_string (link->date, NULL, FALSE);

      append_name (text, "date");
      g_string_append (text, escaped);
    }
  if (link->mode != NULL)
    {
      g_autofree char *escaped = g_uri_escape_string (link->mode, NULL, FALSE);

      append_name (text, "mode");
      g_string_append (text, escaped);
    }
  if (link->has_zoom)
    {
      append_name (text, "zoom");
      append_number (text, link->zoom, 2);
    }
  if (link->has_center)
    {
      append_name (text, "center");
      append_number (text, link->latitude, 5);
      g_string_append_c (text, ',');
      append_number (text, link->longitude, 5);
    }
  if (text->str[text->len - 1] == '?')
    g_string_truncate (text, text->len - 1);
  return g_string_free (text, FALSE);
}

/**
 * pz_view_link_equal:
 *
 * Returns: whether @a and @b show the same view; centre and zoom compare
 *   to the precision a link keeps
 */
gboolean
pz_view_link_equal (const PzViewLink *a,
                    const PzViewLink *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->batches->len != b->batches->len || a->provinces->len != b->provinces->len)
    return FALSE;
  for (guint i = 0; i < a->batches->len; i++)
    if (g_array_index (a->batches, guint, i) != g_array_index (b->batches, guint, i))
      return FALSE;
  for (guint i = 0; i < a->provinces->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a->provinces, i), g_ptr_array_index (b->provinces, i)) != 0)
      return FALSE;
  return g_strcmp0 (a->text, b->text) == 0 && a->first_year == b->first_year &&
         (a->first_year == 0 || a->last_year == b->last_year) &&
         g_strcmp0 (a->date, b->date) == 0 && g_strcmp0 (a->mode, b->mode) == 0 &&
         a->has_zoom == b->has_zoom && (!a->has_zoom || fabs (a->zoom - b->zoom) < 0.006) &&
         a->has_center == b->has_center &&
         (!a->has_center || (fabs (a->latitude - b->latitude) < 0.000006 &&
                             fabs (a->longitude - b->longitude) < 0.000006));
}
