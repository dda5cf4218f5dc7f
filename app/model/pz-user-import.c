/* pz-user-import.c
 *
 * One enterprise list the user imported, as the user database keeps it:
 * removing it takes its enterprises out of every count. (The file is not
 * named after the type because import/pz-import.c, which reads lists,
 * came first.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pz-user-import"

#include "config.h"

#include "pz-user-import.h"

struct _PzImport
{
  GObject    parent_instance;

  gint64     id;
  char      *file_name;
  GDateTime *imported;
  guint      n_rows;
  char      *sha256;
};

G_DEFINE_FINAL_TYPE (PzImport, pz_import, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FILE_NAME,
  PROP_IMPORTED,
  PROP_N_ROWS,
  PROP_SHA256,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pz_import_finalize (GObject *object)
{
  PzImport *self = (PzImport *)object;

  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->imported, g_date_time_unref);
  g_clear_pointer (&self->sha256, g_free);

  G_OBJECT_CLASS (pz_import_parent_class)->finalize (object);
}

static void
pz_import_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PzImport *self = PZ_IMPORT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;

    case PROP_IMPORTED:
      g_value_set_boxed (value, self->imported);
      break;

    case PROP_N_ROWS:
      g_value_set_uint (value, self->n_rows);
      break;

    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_import_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PzImport *self = PZ_IMPORT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_FILE_NAME:
      self->file_name = g_value_dup_string (value);
      break;

    case PROP_IMPORTED:
      self->imported = g_value_dup_boxed (value);
      break;

    case PROP_N_ROWS:
      self->n_rows = g_value_get_uint (value);
      break;

    case PROP_SHA256:
      self->sha256 = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pz_import_class_init (PzImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pz_import_finalize;
  object_class->get_property = pz_import_get_property;
  object_class->set_property = pz_import_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, construct);
  properties[PROP_FILE_NAME] = g_param_spec_string ("file-name", NULL, NULL, NULL, construct);
  properties[PROP_IMPORTED] = g_param_spec_boxed ("imported", NULL, NULL, G_TYPE_DATE_TIME, construct);
  /* The enterprises stored, not counting the rows left out. */
  properties[PROP_N_ROWS] = g_param_spec_uint ("n-rows", NULL, NULL, 0, G_MAXUINT, 0, construct);
  /* The file's content, so that importing the same file again can be
   * noticed whatever its name; NULL for imports made before it was kept. */
  properties[PROP_SHA256] = g_param_spec_string ("sha256", NULL, NULL, NULL, construct);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pz_import_init (PzImport *self)
{
}

/**
 * pz_import_new:
 * @imported: (nullable): when, %NULL where the record has no readable time
 * @sha256: (nullable): the SHA-256 of the file's bytes, in hex
 */
PzImport *
pz_import_new (gint64      id,
               const char *file_name,
               GDateTime  *imported,
               guint       n_rows,
               const char *sha256)
{
  return g_object_new (PZ_TYPE_IMPORT,
                       "id", id,
                       "file-name", file_name,
                       "imported", imported,
                       "n-rows", n_rows,
                       "sha256", sha256,
                       NULL);
}

gint64
pz_import_get_id (PzImport *self)
{
  g_return_val_if_fail (PZ_IS_IMPORT (self), 0);

  return self->id;
}

const char *
pz_import_get_file_name (PzImport *self)
{
  g_return_val_if_fail (PZ_IS_IMPORT (self), NULL);

  return self->file_name;
}

/**
 * pz_import_get_imported:
 *
 * Returns: (transfer none) (nullable): when the list was imported
 */
GDateTime *
pz_import_get_imported (PzImport *self)
{
  g_return_val_if_fail (PZ_IS_IMPORT (self), NULL);

  return self->imported;
}

guint
pz_import_get_n_rows (PzImport *self)
{
  g_return_val_if_fail (PZ_IS_IMPORT (self), 0);

  return self->n_rows;
}

/**
 * pz_import_get_sha256:
 *
 * Returns: (nullable): the SHA-256 of the imported file, in hex
 */
const char *
pz_import_get_sha256 (PzImport *self)
{
  g_return_val_if_fail (PZ_IS_IMPORT (self), NULL);

  return self->sha256;
}
