// supercluster-bench.mjs
//
// The reference for bench-clusters: Mapbox's supercluster indexing the very
// same 100,000 points (the GeoJSON that bench-clusters writes) and querying
// the same 1280×800 views. Prints one JSON object on stdout.
//
// Usage: node supercluster-bench.mjs POINTS.geojson
//
// SPDX-License-Identifier: GPL-3.0-or-later

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Supercluster from 'supercluster';

// As in tests/bench/bench-clusters.c.
const ZOOMS = [3, 6, 9, 12, 15];
const ROUNDS = 20;
const WIDTH = 1280, HEIGHT = 800, LAT = 31.0, LON = 118.0, TILE = 256;
// Our 40 px of a 256-px tile is 80 of supercluster's default 512 extent.
const OPTIONS = { radius: 80, extent: 512, maxZoom: 16 };

// Web Mercator in the unit square, as app/map/pz-projection.h.
const mercatorX = (lon) => (lon + 180) / 360;
const mercatorY = (lat) => {
  const l = Math.min(Math.max(lat, -85.0511287798), 85.0511287798) * Math.PI / 180;
  return (1 - Math.log(Math.tan(l) + 1 / Math.cos(l)) / Math.PI) / 2;
};
const longitude = (x) => x * 360 - 180;
const latitude = (y) => Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180 / Math.PI;

// pz_view_init_centered + pz_view_get_unit_bounds, as [west, south, east, north].
function viewBbox (zoom) {
  const world = TILE * 2 ** zoom;
  const originX = mercatorX(LON) * world - WIDTH / 2;
  const originY = mercatorY(LAT) * world - HEIGHT / 2;
  return [longitude(originX / world), latitude((originY + HEIGHT) / world),
          longitude((originX + WIDTH) / world), latitude(originY / world)];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const features = JSON.parse(readFileSync(process.argv[2], 'utf8')).features;

const builds = [];
let index;
for (let r = 0; r < 3; r++) {
  const start = performance.now();
  index = new Supercluster(OPTIONS).load(features);
  builds.push(performance.now() - start);
}

// One untimed pass over the views so that the timed rounds measure
// JIT-compiled code (ours is compiled ahead of time): this favours the
// reference.
for (const zoom of ZOOMS)
  for (let r = 0; r < 5; r++)
    index.getClusters(viewBbox(zoom), zoom);

const queries = [];
for (const zoom of ZOOMS) {
  const bbox = viewBbox(zoom);
  let total = 0, found = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    found = index.getClusters(bbox, zoom).length;
    total += performance.now() - start;
  }
  queries.push({ zoom, bbox: bbox.map((v) => +v.toFixed(4)), query_ms: total / ROUNDS, found });
}

console.log(JSON.stringify({
  points: features.length,
  build_ms: median(builds),
  build_runs_ms: builds,
  queries,
  node: process.version,
}));
