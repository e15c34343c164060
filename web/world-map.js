// The world drawn from Natural Earth TopoJSON (world-atlas, served by the app itself at
// /vendor/), in a plain equirectangular projection: x = longitude + 180, y = 90 - latitude,
// so the whole world is a 360 x 180 SVG box and zooming is only a change of viewBox.

import { svg } from './dom.js';

export const WORLD_BOX = { x: 0, y: 0, width: 360, height: 180 };

let world = null;

/** Loads the TopoJSON decoder and the countries once; later calls share the same promise. */
export function loadWorld() {
  world ??= (async () => {
    await loadScript('vendor/topojson-client.js');
    const topology = await (await fetch('vendor/countries-110m.json')).json();
    // The decoder defines the `topojson` global (UMD build).
    const countries = globalThis.topojson.feature(topology, topology.objects.countries);
    return countries.features.map((f) => ({ id: f.id, name: f.properties?.name ?? '', geometry: f.geometry }));
  })();
  world.catch(() => (world = null));
  return world;
}

function loadScript(src) {
  if (globalThis.topojson) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

export function project(lon, lat) {
  return [lon + 180, 90 - lat];
}

function polygons(geometry) {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
}

/** An SVG path for a country. A ring that jumps across the date line starts a new piece instead of streaking across the map. */
export function pathData(geometry) {
  const parts = [];
  for (const polygon of polygons(geometry)) {
    for (const ring of polygon) {
      let previous = null;
      ring.forEach(([lon, lat]) => {
        const [x, y] = project(lon, lat);
        const jump = previous !== null && Math.abs(lon - previous) > 180;
        parts.push(`${previous === null || jump ? 'M' : 'L'}${x.toFixed(2)},${y.toFixed(2)}`);
        previous = lon;
      });
      parts.push('Z');
    }
  }
  return parts.join('');
}

/** The box around a country's largest polygon (so France is not stretched to French Guiana). */
export function bounds(geometry) {
  let best = null;
  for (const polygon of polygons(geometry)) {
    const xs = polygon[0].map(([lon]) => lon + 180);
    const ys = polygon[0].map(([, lat]) => 90 - lat);
    const box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    if (!best || box.width * box.height > best.width * best.height) best = box;
  }
  return best;
}

/** The country whose outline holds the point (even-odd ray casting over every ring). */
export function countryAt(countries, lon, lat) {
  return countries.find((c) => polygons(c.geometry).some((polygon) => insideRings(polygon, lon, lat))) ?? null;
}

function insideRings(rings, lon, lat) {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** A box grown by a margin and to the given aspect ratio, kept inside the world. */
export function framed(box, aspect = 2, margin = 0.25) {
  let width = Math.max(box.width * (1 + 2 * margin), 4);
  let height = Math.max(box.height * (1 + 2 * margin), 2);
  if (width / height < aspect) width = height * aspect;
  else height = width / aspect;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

export function viewBox(box) {
  return `${box.x.toFixed(2)} ${box.y.toFixed(2)} ${box.width.toFixed(2)} ${box.height.toFixed(2)}`;
}

/** The base map: one path per country, named for hover and screen readers. */
export function countryLayer(countries, onPick) {
  return svg(
    'g',
    { class: 'countries' },
    countries.map((c) =>
      svg('path', { d: pathData(c.geometry), class: 'country', 'data-country': c.name, onclick: onPick ? () => onPick(c) : null }, svg('title', {}, c.name)),
    ),
  );
}
