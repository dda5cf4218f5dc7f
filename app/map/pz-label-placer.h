/* pz-label-placer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} PzBox;

gboolean pz_box_intersects (const PzBox *a,
                            const PzBox *b);

/* A label to place next to its marker. */
typedef struct
{
  /* in */
  double   x;          /* marker centre */
  double   y;
  double   radius;     /* marker radius */
  double   width;      /* label size */
  double   height;
  int      priority;   /* higher is placed first */
  /* out */
  gboolean placed;
  PzBox    box;        /* where the label goes, when placed */
} PzLabel;

guint pz_label_place (PzLabel     *labels,
                      guint        n_labels,
                      double       width,
                      double       height,
                      const PzBox *obstacles,
                      guint        n_obstacles);

G_END_DECLS
