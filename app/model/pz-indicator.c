/* pz-indicator.c
 *
 * A sourced figure for the nation, a province or a zone, in a year, as
 * published: the value is never converted, only its words translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-indicator"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pz-indicator.h"
#include "pz-locale.h"
#include "pz-text-fields.h"

/* The text facts of a figure, in the order of their properties. */
enum {
  TEXT_SCOPE,        /* "national", "province" or "zone" */
  TEXT_SCOPE_ID,     /* "CN", a province code or a zone id */
  TEXT_INDICATOR,    /* e.g. "trade_value" */
  TEXT_UNIT,
  TEXT_QUALIFIER,    /* "about", "more than"… and remarks, "; "-separated */
  TEXT_SOURCE_URL,
  TEXT_SOURCE2_URL,
  TEXT_NOTE,
  N_TEXTS
};

struct _PzIndicator
{
  GObject  parent_instance;

  char    *texts[N_TEXTS];
  double   value;
  guint    year;
};

G_DEFINE_FINAL_TYPE (PzIndicator, pz_indicator, G_TYPE_OBJECT)

/* Text properties come first (see pz-text-fields.c). */
enum {
  PROP_0,
  PROP_LAST_TEXT = N_TEXTS,
  PROP_VALUE,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const text_property_names[N_TEXTS] = {
  [TEXT_SCOPE] = "scope",
  [TEXT_SCOPE_ID] = "scope-id",
  [TEXT_INDICATOR] = "indicator",
  [TEXT_UNIT] = "unit",
  [TEXT_QUALIFIER] = "qualifier",
  [TEXT_SOURCE_URL] = "source-url",
  [TEXT_SOURCE2_URL] = "source2-url",
  [TEXT_NOTE] = "note",
};

/* What each indicator counts, and where the national figure needs other
 * words (the zones together, the whole country), those. */
static const struct {
  const char *id;
  const char *label;
  const char *national_label;
} labels[] = {
  { "linked_enterprises", N_("Enterprises linked to the zone"), N_("Enterprises linked to the zones") },
  { "cbec_enterprises", N_("Cross-border e-commerce enterprises"), N_("Cross-border e-commerce enterprises nationwide") },
  { "platform_enterprises", N_("Enterprises on the online platform"),
    N_("Enterprises served by the zones’ online platforms") },
  { "hightech_enterprises", N_("High-tech enterprises"), NULL },
  { "trade_value", N_("Cross-border e-commerce trade"), NULL },
  { "trade_value_usd", N_("Cross-border e-commerce trade in US dollars"), NULL },
  { "trade_value_growth", N_("Growth of cross-border e-commerce trade"), NULL },
  { "retail_trade_value", N_("Cross-border e-commerce retail trade"), NULL },
  { "export_value", N_("Cross-border e-commerce exports"), NULL },
  { "export_value_usd", N_("Cross-border e-commerce exports in US dollars"), NULL },
  { "export_value_growth", N_("Growth of cross-border e-commerce exports"), NULL },
  { "import_value", N_("Cross-border e-commerce imports"), NULL },
  { "import_value_usd", N_("Cross-border e-commerce imports in US dollars"), NULL },
  { "parks", N_("Cross-border e-commerce industrial parks"), NULL },
  { "recognised_parks", N_("Industrial parks recognised by the province"), NULL },
  { "jobs", N_("Jobs"), N_("Jobs created") },
  { "overseas_warehouses", N_("Overseas warehouses"), NULL },
  { "customs_sites", N_("Customs sites for cross-border e-commerce"), NULL },
  { "zone_count", N_("Pilot zones"), NULL },
  { "zone_trade_share", N_("Zones’ share of cross-border e-commerce trade"), NULL },
};

static void
pz_indicator_finalize (GObject *object)
{
  PzIndicator *self = (PzIndicator *)object;

  pz_text_fields_clear (self->texts, N_TEXTS);

  G_OBJECT_CLASS (pz_indicator_parent_class)->finalize (object);
}

static void
pz_indicator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PzIndicator *self = PZ_INDICATOR (object);

  if (pz_text_fields_get (self->texts, N_TEXTS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_YEAR:
      g_value_set_uint (value, self->year);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_indicator_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PzIndicator *self = PZ_INDICATOR (object);

  if (pz_text_fields_set (self->texts, N_TEXTS, prop_id, value))
    return;

  switch (prop_id)
    {
    case PROP_VALUE:
      self->value = g_value_get_double (value);
      break;

    case PROP_YEAR:
      self->year = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_indicator_class_init (PzIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pz_indicator_finalize;
  object_class->get_property = pz_indicator_get_property;
  object_class->set_property = pz_indicator_set_property;

  pz_text_fields_install (properties, text_property_names, N_TEXTS);
  properties[PROP_VALUE] = g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, construct);
  properties[PROP_YEAR] = g_param_spec_uint ("year", NULL, NULL, 0, G_MAXUINT, 0, construct);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pz_indicator_init (PzIndicator *self)
{
}

/**
 * pz_indicator_label_for:
 * @indicator: an indicator id, e.g. "trade_value"
 * @scope: (nullable): "national", "province" or "zone"
 *
 * Returns: the indicator's name for people, or @indicator itself when
 *   the data has one this build does not know
 */
const char *
pz_indicator_label_for (const char *indicator,
                        const char *scope)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (g_strcmp0 (labels[i].id, indicator) != 0)
        continue;
      if (g_strcmp0 (scope, "national") == 0 && labels[i].national_label != NULL)
        return _(labels[i].national_label);
      return _(labels[i].label);
    }
  return indicator;
}

const char *
pz_indicator_get_scope (PzIndicator *self)
{
  g_return_val_if_fail (PZ_IS_INDICATOR (self), NULL);

  return self->texts[TEXT_SCOPE];
}

const char *
pz_indicator_get_scope_id (PzIndicator *self)
{
  g_return_val_if_fail (PZ_IS_INDICATOR (self), NULL);

  return self->texts[TEXT_SCOPE_ID];
}

/* The indicator's id, e.g. "trade_value". */
const char *
pz_indicator_get_indicator (PzIndicator *self)
{
  g_return_val_if_fail (PZ_IS_INDICATOR (self), NULL);

  return self->texts[TEXT_INDICATOR];
}

double
pz_indicator_get_value (PzIndicator *self)
{
  g_return_val_if_fail (PZ_IS_INDICATOR (self), 0);

  return self->value;
}

const char *
pz_indicator_get_unit (PzIndicator *self)
{
  g_return_val_if_fail (PZ_IS_INDICATOR (self), NULL);

  return self->texts[TEXT_UNIT];
}

guint
pz_indicator_get_year (PzIndicator *self)
{
  g_return_val_if_fail (PZ_IS_INDICATOR (self), 0);

  return self->year;
}

const char *
pz_indicator_get_qualifier (PzIndicator *self)
{
  g_return_val_if_fail (PZ_IS_INDICATOR (self), NULL);

  return self->texts[TEXT_QUALIFIER];
}

const char *
pz_indicator_get_source_url (PzIndicator *self)
{
  g_return_val_if_fail (PZ_IS_INDICATOR (self), NULL);

  return self->texts[TEXT_SOURCE_URL];
}

const char *
pz_indicator_get_source2_url (PzIndicator *self)
{
  g_return_val_if_fail (PZ_IS_INDICATOR (self), NULL);

  return self->texts[TEXT_SOURCE2_URL];
}

const char *
pz_indicator_get_note (PzIndicator *self)
{
  g_return_val_if_fail (PZ_IS_INDICATOR (self), NULL);

  return self->texts[TEXT_NOTE];
}

/* What the figure counts, in the words of its scope. */
const char *
pz_indicator_get_label (PzIndicator *self)
{
  g_return_val_if_fail (PZ_IS_INDICATOR (self), NULL);

  return pz_indicator_label_for (self->texts[TEXT_INDICATOR], self->texts[TEXT_SCOPE]);
}

/* The data's units and qualifiers are English words; only their names
 * are translated, the value itself is never converted. Returns NULL for
 * a word this table does not know. */
static const char *
data_word (const char *context,
           const char *word)
{
  static const struct {
    const char *context;
    const char *word;
  } words[] = {
    { "unit", NC_("unit", "enterprises") },
    { "unit", NC_("unit", "parks") },
    { "unit", NC_("unit", "jobs") },
    { "unit", NC_("unit", "warehouses") },
    { "unit", NC_("unit", "zones") },
    { "unit", NC_("unit", "sites") },
    { "unit", NC_("unit", "percent") },
    { "unit", NC_("unit", "billion CNY") },
    { "unit", NC_("unit", "billion USD") },
    { "qualifier", NC_("qualifier", "about") },
    { "qualifier", NC_("qualifier", "more than") },
    { "qualifier", NC_("qualifier", "at least") },
    { "remark", NC_("remark", "end of year") },
    { "remark", NC_("remark", "first estimate") },
    { "remark", NC_("remark", "revised") },
    { "remark", NC_("remark", "in the zones") },
    { "remark", NC_("remark", "retail only") },
    { "remark", NC_("remark", "as of February 2022") },
    { "remark", NC_("remark", "January-March only") },
    { "remark", NC_("remark", "January-May only") },
    { "remark", NC_("remark", "January-June only") },
    { "remark", NC_("remark", "January-July only") },
    { "remark", NC_("remark", "January-August only") },
    { "remark", NC_("remark", "January to mid-August only") },
    { "remark", NC_("remark", "January-September only") },
    { "remark", NC_("remark", "January-October only") },
    { "remark", NC_("remark", "to 11 November only") },
    { "remark", NC_("remark", "January-November only") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (words[i].context, context) && g_strcmp0 (words[i].word, word) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, context, word);
  return NULL;
}

/* "2380" or "1234567.5" → "2,380", "1,234,567.5": English groups digits
 * by thousands. */
static char *
group_thousands (const char *number)
{
  const char *digits = number + (number[0] == '-');
  const char *point = strchr (digits, '.');
  gsize n_int = point != NULL ? (gsize) (point - digits) : strlen (digits);
  GString *out = g_string_new (NULL);

  g_string_append_len (out, number, digits - number);
  for (gsize i = 0; i < n_int; i++)
    {
      if (i > 0 && (n_int - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  g_string_append (out, digits + n_int);
  return g_string_free (out, FALSE);
}

/* An amount as a reader of the UI language writes it: in Chinese with
 * 万 and 亿 ("1248.05亿元", "2.38万亿元", "20万家企业"), in English with
 * thousands separators ("2,380 billion CNY"). The value is the data's;
 * only its notation changes. */
static char *
format_amount (double      value,
               const char *unit)
{
  const char *word = data_word ("unit", unit);
  g_autofree char *number = NULL;

  if (word == NULL)
    word = unit != NULL ? unit : "";

  if (!pz_locale_prefers_chinese ())
    {
      number = g_strdup_printf ("%.12g", value);
      if (!strchr (number, 'e'))
        {
          g_autofree char *grouped = group_thousands (number);

          /* Translators: value and unit, e.g. "200,000 enterprises" */
          return g_strdup_printf (_("%s %s"), grouped, word);
        }
      return g_strdup_printf (_("%s %s"), number, word);
    }

  if (g_strcmp0 (unit, "billion CNY") == 0 || g_strcmp0 (unit, "billion USD") == 0)
    {
      double yi = value * 10;  /* 1 亿 = 0.1 billion */
      gboolean cny = g_str_equal (unit, "billion CNY");

      if (yi >= 10000)
        return g_strdup_printf ("%.12g%s", yi / 10000, cny ? "万亿元" : "万亿美元");
      return g_strdup_printf ("%.12g%s", yi, cny ? "亿元" : "亿美元");
    }
  if (g_strcmp0 (unit, "percent") == 0)
    return g_strdup_printf ("%.12g%%", value);
  if (value >= 10000)
    return g_strdup_printf ("%.12g万%s", value / 10000, word);
  return g_strdup_printf ("%.12g%s", value, word);
}

/**
 * pz_indicator_format_value:
 *
 * Returns: (transfer full): the figure as published: a short qualifier
 *   before the value, its unit, and the year with any remarks, e.g.
 *   "about 200000 enterprises (2022)" or
 *   "124.805 billion CNY (2023; January-November only)"
 */
char *
pz_indicator_format_value (PzIndicator *self)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) remarks = g_string_new (NULL);
  g_autofree char *amount = NULL;
  const char *qualifier = NULL;

  g_return_val_if_fail (PZ_IS_INDICATOR (self), NULL);

  parts = g_strsplit (self->texts[TEXT_QUALIFIER] != NULL ? self->texts[TEXT_QUALIFIER] : "", "; ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *remark = data_word ("remark", parts[i]);

      if (parts[i][0] == '\0')
        continue;
      if (qualifier == NULL && (qualifier = data_word ("qualifier", parts[i])) != NULL)
        continue;
      g_string_append_printf (remarks, "%s%s", remarks->len > 0 ? "; " : "", remark != NULL ? remark : parts[i]);
    }

  amount = format_amount (self->value, self->texts[TEXT_UNIT]);
  if (qualifier != NULL)
    {
      /* Translators: qualifier and amount, e.g. "about 200,000 enterprises" */
      char *qualified = g_strdup_printf (C_("figure", "%s %s"), qualifier, amount);

      g_free (amount);
      amount = qualified;
    }
  if (remarks->len > 0)
    /* Translators: an amount, its year and remarks, e.g.
     * "124.805 billion CNY (2023; January-November only)" */
    return g_strdup_printf (_("%s (%u; %s)"), amount, self->year, remarks->str);
  /* Translators: an amount and its year, e.g. "200000 enterprises (2022)" */
  return g_strdup_printf (_("%s (%u)"), amount, self->year);
}
