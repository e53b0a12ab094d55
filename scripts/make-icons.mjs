#!/usr/bin/env node
/**
 * Draws the add-in's icons (a sheet with a check mark over it, in a calm blue) as real PNGs with
 * node:zlib only, so the icons can be regenerated on any machine without an image tool:
 *
 *     node scripts/make-icons.mjs        → assets/icon-16.png, icon-32.png, icon-64.png, icon-80.png
 *
 * Shapes are described in unit coordinates (0…1) and rasterised with 8×8 supersampling per pixel.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, crc32 } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const iconSizes = [16, 32, 64, 80];

const blue = [0x1f, 0x5f, 0xad];
const lightBlue = [0xb9, 0xd3, 0xef];
const paper = [0xff, 0xff, 0xff];

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function nearPolyline(x, y, points, halfWidth) {
  for (let i = 1; i < points.length; i += 1) {
    if (distanceToSegment(x, y, points[i - 1], points[i]) <= halfWidth) return true;
  }
  return false;
}

/** The layers from bottom to top: each says, for a point, whether it covers it. Small icons drop detail. */
function layers(size) {
  const sheet = { left: 0.12, top: 0.06, right: 0.72, bottom: 0.94 };
  const border = size <= 16 ? 1.2 / size : 0.06;
  const rows = size <= 16 ? [0.36, 0.58] : [0.3, 0.46, 0.62, 0.78];
  const lineHalf = Math.max(0.5 / size, 0.018);
  const check = [[0.36, 0.6], [0.55, 0.8], [0.92, 0.3]];
  const checkHalf = size <= 16 ? 0.1 : 0.085;
  const halo = size <= 16 ? 1.2 / size : 0.06;
  return [
    { color: blue, covers: (x, y) => insideRoundedRect(x, y, sheet.left, sheet.top, sheet.right, sheet.bottom, 0.08) },
    {
      color: paper,
      covers: (x, y) =>
        insideRoundedRect(x, y, sheet.left + border, sheet.top + border, sheet.right - border, sheet.bottom - border, 0.04),
    },
    {
      color: lightBlue,
      covers: (x, y) =>
        x > sheet.left + border * 2 &&
        x < sheet.right - border * 2 &&
        (rows.some((row) => Math.abs(y - row) <= lineHalf) || (size > 16 && Math.abs(x - 0.34) <= lineHalf && y > 0.2 && y < sheet.bottom - border * 2)),
    },
    { color: paper, covers: (x, y) => nearPolyline(x, y, check, checkHalf + halo) },
    { color: blue, covers: (x, y) => nearPolyline(x, y, check, checkHalf) },
  ];
}

function renderRgba(size) {
  const samples = 8;
  const rgba = Buffer.alloc(size * size * 4);
  const stack = layers(size);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let top = null;
          for (const layer of stack) if (layer.covers(x, y)) top = layer.color;
          if (top) {
            r += top[0];
            g += top[1];
            b += top[2];
            a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        rgba[offset] = Math.round(r / a);
        rgba[offset + 1] = Math.round(g / a);
        rgba[offset + 2] = Math.round(b / a);
      }
      rgba[offset + 3] = Math.round((255 * a) / (samples * samples));
    }
  }
  return rgba;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const scanlines = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    scanlines[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(scanlines, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(join(root, 'assets'), { recursive: true });
for (const size of iconSizes) {
  const file = join(root, 'assets', `icon-${size}.png`);
  writeFileSync(file, encodePng(size, renderRgba(size)));
  console.log(`wrote ${file}`);
}
