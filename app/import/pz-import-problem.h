/* pz-import-problem.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PZ_TYPE_IMPORT_PROBLEM (pz_import_problem_get_type())

G_DECLARE_FINAL_TYPE (PzImportProblem, pz_import_problem, PZ, IMPORT_PROBLEM, GObject)

PzImportProblem *pz_import_problem_new        (guint            line,
                                               const char      *reason);
PzImportProblem *pz_import_problem_new_take   (guint            line,
                                               char            *reason);
guint            pz_import_problem_get_line   (PzImportProblem *self);
const char      *pz_import_problem_get_reason (PzImportProblem *self);
char            *pz_import_problem_describe   (PzImportProblem *self);

G_END_DECLS
