/* pz-import-problem.c
 *
 * One row of an enterprise list that was left out: its line in the file
 * and why. An object, so that a list view can show tens of thousands
 * without building a widget for each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-import-problem"

#include "config.h"

#include <glib/gi18n.h>

#include "pz-import-problem.h"

struct _PzImportProblem
{
  GObject  parent_instance;

  guint    line;
  char    *reason;
};

G_DEFINE_FINAL_TYPE (PzImportProblem, pz_import_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LINE,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pz_import_problem_finalize (GObject *object)
{
  PzImportProblem *self = (PzImportProblem *)object;

  g_clear_pointer (&self->reason, g_free);

  G_OBJECT_CLASS (pz_import_problem_parent_class)->finalize (object);
}

static void
pz_import_problem_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PzImportProblem *self = PZ_IMPORT_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_import_problem_class_init (PzImportProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pz_import_problem_finalize;
  object_class->get_property = pz_import_problem_get_property;

  properties[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pz_import_problem_init (PzImportProblem *self)
{
}

/**
 * pz_import_problem_new_take:
 * @line: the physical line the row starts on (the header is line 1)
 * @reason: (transfer full): why the row was left out
 */
PzImportProblem *
pz_import_problem_new_take (guint  line,
                            char  *reason)
{
  PzImportProblem *self = g_object_new (PZ_TYPE_IMPORT_PROBLEM, NULL);

  self->line = line;
  self->reason = reason;
  return self;
}

PzImportProblem *
pz_import_problem_new (guint       line,
                       const char *reason)
{
  return pz_import_problem_new_take (line, g_strdup (reason));
}

guint
pz_import_problem_get_line (PzImportProblem *self)
{
  g_return_val_if_fail (PZ_IS_IMPORT_PROBLEM (self), 0);

  return self->line;
}

const char *
pz_import_problem_get_reason (PzImportProblem *self)
{
  g_return_val_if_fail (PZ_IS_IMPORT_PROBLEM (self), NULL);

  return self->reason;
}

/**
 * pz_import_problem_describe:
 *
 * Returns: (transfer full): "Line 4: the enterprise name is missing"
 */
char *
pz_import_problem_describe (PzImportProblem *self)
{
  g_return_val_if_fail (PZ_IS_IMPORT_PROBLEM (self), NULL);

  /* Translators: a row that was not imported, e.g. "Line 4: the name is missing" */
  return g_strdup_printf (_("Line %u: %s"), self->line, self->reason);
}
