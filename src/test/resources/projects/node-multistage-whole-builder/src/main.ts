import { readFileSync } from 'fs';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

interface Entry { loc: string; changefreq: string; priority: string }

const base = process.env.SITE_URL ?? 'https://www.example.com';
const entries: Entry[] = readFileSync('pages.txt', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [path, changefreq, priority] = line.split(/\s+/);
    return { loc: base + path, changefreq, priority };
  });

const xml = new XMLBuilder({ format: true, ignoreAttributes: false }).build({
  urlset: { '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', url: entries },
});

// read it back, as a crawler would, to be sure the document is well formed
const parsed = new XMLParser().parse(xml) as { urlset: { url: Entry[] } };
const daily = parsed.urlset.url.filter((u) => u.changefreq === 'daily').length;
console.log(`sitemap-builder: ${parsed.urlset.url.length} urls (${daily} daily), ${xml.length} bytes for ${base}`);
