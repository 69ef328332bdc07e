#!/usr/bin/env node
/**
 * Renders the PNG app icons from the SVGs in public/icons (run by hand after editing an SVG; the
 * PNGs are committed). Uses sharp, which Next.js already installs for image optimisation.
 */
import sharp from 'sharp';

const icons = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
];
for (const [source, target, size] of icons) {
  await sharp(`public/icons/${source}`, { density: 300 })
    .resize(size, size)
    .png()
    .toFile(`public/icons/${target}`);
  console.log(`public/icons/${target} (${size}×${size})`);
}
