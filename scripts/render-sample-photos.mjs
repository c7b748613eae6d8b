// Renders the photographs of the sample articles (content/articles/*/) with sharp: vector scenes
// softened, lit and grained until they compress like photographs. They are our own work, free to
// publish. The harbour photo is written WITH camera EXIF and GPS on purpose: the site must strip it.
// Run: npx node scripts/render-sample-photos.mjs
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const articles = join(dirname(fileURLToPath(import.meta.url)), '../content/articles');

/** A seeded random generator: every run draws the same scene (the grain differs). */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** Blurs the vector scene a little and lays film grain over it. */
async function photograph(svg, width, height, { blur = 1.1, grain = 22 } = {}) {
  const scene = await sharp(Buffer.from(svg)).blur(blur).toBuffer();
  const noise = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: grain },
    },
  })
    .png()
    .toBuffer();
  return sharp(scene).composite([{ input: noise, blend: 'soft-light' }]);
}

function harbourSvg(width, height) {
  const rnd = random(7);
  const cranes = [0.62, 0.7, 0.77]
    .map((x, i) => {
      const cx = x * width;
      const top = height * (0.28 + i * 0.03);
      return `<g fill="#3b4150" opacity="0.75"><rect x="${cx}" y="${top}" width="14" height="${height * 0.55 - top}"/>
        <rect x="${cx - 160}" y="${top}" width="260" height="10"/><rect x="${cx - 120}" y="${top + 10}" width="4" height="${90 + i * 20}"/></g>`;
    })
    .join('');
  const ripples = Array.from({ length: 160 }, () => {
    const y = height * (0.58 + rnd() * 0.42);
    const x = rnd() * width;
    const w = 40 + rnd() * 220 * ((y / height) * 1.4);
    return `<rect x="${x}" y="${y}" width="${w}" height="${2 + rnd() * 3}" fill="#fde2b8" opacity="${0.08 + rnd() * 0.2}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#38476b"/><stop offset="0.45" stop-color="#c98b6b"/><stop offset="0.58" stop-color="#f3c38f"/>
    </linearGradient>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#a9877a"/><stop offset="1" stop-color="#1d2a3c"/>
    </linearGradient>
    <radialGradient id="sun" cx="0.3" cy="0.52" r="0.35">
      <stop offset="0" stop-color="#fff4d6" stop-opacity="0.95"/><stop offset="0.12" stop-color="#ffd89a" stop-opacity="0.6"/>
      <stop offset="1" stop-color="#ffd89a" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="fog" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#f1e6dc" stop-opacity="0"/><stop offset="0.5" stop-color="#f1e6dc" stop-opacity="0.75"/>
      <stop offset="1" stop-color="#f1e6dc" stop-opacity="0"/>
    </linearGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#sky)"/>
  <rect width="${width}" height="${height}" fill="url(#sun)"/>
  <path d="M0 ${height * 0.55} C ${width * 0.2} ${height * 0.46}, ${width * 0.35} ${height * 0.5}, ${width * 0.5} ${height * 0.52}
    S ${width * 0.85} ${height * 0.47}, ${width} ${height * 0.53} V ${height * 0.58} H 0 Z" fill="#6d5f6b" opacity="0.8"/>
  ${cranes}
  <rect y="${height * 0.58}" width="${width}" height="${height * 0.42}" fill="url(#sea)"/>
  ${ripples}
  <rect y="${height * 0.42}" width="${width}" height="${height * 0.26}" fill="url(#fog)"/>
  <g fill="#1f2430">
    <path d="M${width * 0.14} ${height * 0.7} h ${width * 0.3} l -${width * 0.03} ${height * 0.06} h -${width * 0.25} z"/>
    <rect x="${width * 0.2}" y="${height * 0.64}" width="${width * 0.14}" height="${height * 0.06}"/>
    <rect x="${width * 0.24}" y="${height * 0.6}" width="${width * 0.05}" height="${height * 0.04}"/>
  </g>
  <g fill="#ffd27a" opacity="0.85">${Array.from({ length: 9 }, (_, i) => `<rect x="${width * 0.205 + i * width * 0.0145}" y="${height * 0.655}" width="${width * 0.008}" height="${height * 0.012}"/>`).join('')}</g>
</svg>`;
}

function terminalSvg(width, height) {
  const rnd = random(11);
  const windows = Array.from(
    { length: 6 },
    (_, i) =>
      `<rect x="${40 + i * (width / 6)}" y="${height * 0.08}" width="${width / 6 - 30}" height="${height * 0.42}" fill="#dfe9f2" opacity="0.85"/>`,
  ).join('');
  const people = Array.from({ length: 26 }, (_, i) => {
    const depth = rnd();
    const scale = 0.55 + depth * 0.6;
    const x = (i / 26) * width + rnd() * 30;
    const y = height * (0.5 + depth * 0.22);
    const coat = ['#2c3440', '#5a2e2e', '#394a3a', '#6b6152', '#24283a'][Math.floor(rnd() * 5)];
    return `<g transform="translate(${x} ${y}) scale(${scale})"><ellipse cx="0" cy="-150" rx="22" ry="27" fill="#c9a58c"/>
      <path d="M-38 -118 Q0 -134 38 -118 L46 60 H-46 Z" fill="${coat}"/><rect x="-30" y="60" width="22" height="120" fill="#1c1c22"/>
      <rect x="8" y="60" width="22" height="120" fill="#1c1c22"/></g>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="floor" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8d8a86"/><stop offset="1" stop-color="#4a4745"/></linearGradient></defs>
  <rect width="${width}" height="${height}" fill="#6f767d"/>
  ${windows}
  <rect y="${height * 0.5}" width="${width}" height="${height * 0.5}" fill="url(#floor)"/>
  <rect x="${width * 0.68}" y="${height * 0.12}" width="${width * 0.22}" height="${height * 0.09}" fill="#14171c"/>
  <g fill="#ffb347">${Array.from({ length: 5 }, (_, i) => `<rect x="${width * 0.69}" y="${height * (0.13 + i * 0.015)}" width="${width * (0.08 + (i % 3) * 0.04)}" height="${height * 0.008}"/>`).join('')}</g>
  ${people}
</svg>`;
}

function tramSvg(width, height) {
  const rnd = random(23);
  const lamps = [0.1, 0.38, 0.66, 0.94]
    .map(
      (
        x,
      ) => `<rect x="${x * width - 4}" y="${height * 0.18}" width="8" height="${height * 0.55}" fill="#101218"/>
      <circle cx="${x * width}" cy="${height * 0.18}" r="${height * 0.16}" fill="url(#glow)"/>`,
    )
    .join('');
  const reflections = Array.from({ length: 120 }, () => {
    const x = rnd() * width;
    return `<rect x="${x}" y="${height * (0.78 + rnd() * 0.22)}" width="${4 + rnd() * 10}" height="${20 + rnd() * 80}" fill="#ffcf7d" opacity="${0.05 + rnd() * 0.15}"/>`;
  }).join('');
  const windows = Array.from(
    { length: 8 },
    (_, i) =>
      `<rect x="${width * (0.2 + i * 0.072)}" y="${height * 0.46}" width="${width * 0.058}" height="${height * 0.11}" rx="6" fill="#fff0c2" opacity="0.92"/>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs>
    <linearGradient id="night" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#070b1c"/><stop offset="0.7" stop-color="#1d2440"/></linearGradient>
    <radialGradient id="glow"><stop offset="0" stop-color="#fff1c9" stop-opacity="0.95"/><stop offset="0.2" stop-color="#ffc46b" stop-opacity="0.5"/><stop offset="1" stop-color="#ffc46b" stop-opacity="0"/></radialGradient>
    <linearGradient id="road" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#242838"/><stop offset="1" stop-color="#0b0c12"/></linearGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#night)"/>
  <g fill="#121626">${Array.from({ length: 12 }, (_, i) => `<rect x="${i * width * 0.09}" y="${height * (0.08 + rnd() * 0.2)}" width="${width * 0.085}" height="${height * 0.7}"/>`).join('')}</g>
  <g fill="#f3c46b" opacity="0.55">${Array.from({ length: 90 }, () => `<rect x="${rnd() * width}" y="${height * (0.12 + rnd() * 0.5)}" width="10" height="14"/>`).join('')}</g>
  <rect y="${height * 0.72}" width="${width}" height="${height * 0.28}" fill="url(#road)"/>
  ${reflections}
  <path d="M${width * 0.16} ${height * 0.74} V ${height * 0.46} Q ${width * 0.17} ${height * 0.4} ${width * 0.22} ${height * 0.4} H ${width * 0.8}
    Q ${width * 0.85} ${height * 0.4} ${width * 0.86} ${height * 0.46} V ${height * 0.74} Z" fill="#b3202a"/>
  <rect x="${width * 0.16}" y="${height * 0.62}" width="${width * 0.7}" height="${height * 0.03}" fill="#e9e4d8"/>
  ${windows}
  <path d="M${width * 0.5} ${height * 0.4} L ${width * 0.46} ${height * 0.3} H ${width * 0.56}" stroke="#0c0d12" stroke-width="5" fill="none"/>
  <line x1="0" y1="${height * 0.3}" x2="${width}" y2="${height * 0.29}" stroke="#0c0d12" stroke-width="3"/>
  ${lamps}
</svg>`;
}

function chartSvg(width, height) {
  const values = [8, 6, 4, 4, 3, 3, 3, 2];
  const hours = ['23:00', '23:30', '0:00', '0:30', '1:00', '1:30', '2:00', '2:30'];
  const bar = (width - 120) / values.length;
  const bars = values
    .map((v, i) => {
      const h = (v / 8) * (height - 130);
      const x = 70 + i * bar;
      return `<rect x="${x + 8}" y="${height - 60 - h}" width="${bar - 16}" height="${h}" fill="#8a1c1c"/>
        <text x="${x + bar / 2}" y="${height - 38}" text-anchor="middle">${hours[i]}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans, sans-serif" font-size="15" fill="#333">
  <rect width="${width}" height="${height}" fill="#fbfaf7"/>
  <text x="20" y="34" font-size="19" font-weight="bold">Departures per half hour, new night timetable</text>
  ${[0, 4, 8].map((v) => `<line x1="60" x2="${width - 40}" y1="${height - 60 - (v / 8) * (height - 130)}" y2="${height - 60 - (v / 8) * (height - 130)}" stroke="#d9d6cf"/><text x="48" y="${height - 55 - (v / 8) * (height - 130)}" text-anchor="end">${v}</text>`).join('')}
  ${bars}
</svg>`;
}

// What a phone would have written: the site must not publish any of it.
const cameraExif = {
  IFD0: { Make: 'Broadsheet Sample Camera', Model: 'Render 1', Artist: 'Broadsheet sample content' },
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '59/1 26/1 0/1',
    GPSLongitudeRef: 'E',
    GPSLongitude: '24/1 45/1 0/1',
  },
};

const photos = [
  {
    file: 'harbour-fog-strands-morning-ferries/harbour.jpg',
    width: 1800,
    height: 1200,
    render: async (w, h) => (await photograph(harbourSvg(w, h), w, h)).withExif(cameraExif),
  },
  {
    file: 'harbour-fog-strands-morning-ferries/terminal.jpg',
    width: 1200,
    height: 800,
    render: (w, h) => photograph(terminalSvg(w, h), w, h, { grain: 26 }),
  },
  {
    file: 'city-council-backs-night-trams/tram.jpg',
    width: 1600,
    height: 1000,
    render: (w, h) => photograph(tramSvg(w, h), w, h, { blur: 1.4, grain: 18 }),
  },
  {
    file: 'city-council-backs-night-trams/timetable-chart.png',
    width: 640,
    height: 400,
    render: async (w, h) => sharp(Buffer.from(chartSvg(w, h))),
    png: true,
  },
];

for (const { file, width, height, render, png } of photos) {
  const path = join(articles, file);
  await mkdir(dirname(path), { recursive: true });
  const image = await render(width, height);
  const encoded = png
    ? image.png({ palette: true, compressionLevel: 9 })
    : image.jpeg({ quality: 78, mozjpeg: true });
  const info = await encoded.toFile(path);
  console.log(`${file}: ${info.width}x${info.height}, ${info.size} bytes`);
}
