#!/usr/bin/env node
// Generates core/lib/unicode_tables.cpp from the Unicode Character Database.
//
//   node scripts/gen-unicode-tables.mjs [UCD_DIR] [OUT_FILE]
//
// UCD_DIR defaults to /usr/share/unicode (Debian's `unicode-data` package,
// Unicode 15.0.0 in bookworm: the version Go 1.23's unicode package uses).
// The output is committed; rerun only when moving to another Unicode version,
// and then check it against Go with a full dump (see tests/unit/unicode_test.cpp).
//
// What is emitted (all arrays sorted by code point; see unicode_tables.h for
// how they are read):
//   kCategoryRuns   the general category as a partition of 0..0x10FFFF:
//                   each word is start<<5 | category; a run lasts until the
//                   next word's start. Unlisted code points are Cn.
//   kScriptRuns     the same for Scripts.txt: start<<8 | script index, with
//                   index 0 = Unknown for unlisted code points.
//   kScriptNames    the script names, index order (alphabetical after Unknown).
//   kWhiteSpace     PropList's White_Space as [lo, hi] pairs.
//   kCaseRuns       simple case mappings (UnicodeData fields 12-14) as runs
//                   {lo, hi, dUpper, dLower, dTitle} of equal deltas; a run
//                   whose dUpper is kUpperLower alternates upper/lower pairs
//                   (lo is upper, lo+1 its lower, and so on). An empty title
//                   mapping means "same as the upper mapping" (UAX #44).
//   kFoldOrbits     SimpleFold exceptions: pairs {r, next member of r's
//                   case-folding class (CaseFolding.txt statuses C and S) in
//                   increasing order, wrapping}, only for the runes where the
//                   fallback "ToLower(r) if it differs, else ToUpper(r)" (which
//                   SimpleFold uses for everything else, as Go's does) is wrong.
import fs from 'node:fs';
import path from 'node:path';

const ucd = process.argv[2] || '/usr/share/unicode';
const outFile = process.argv[3] ||
  path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'core', 'lib', 'unicode_tables.cpp');
const MAX = 0x10ffff;

function lines(name) {
  return fs.readFileSync(path.join(ucd, name), 'utf8').split('\n')
    .map((l) => l.replace(/#.*/, '').trim()).filter((l) => l.length > 0);
}
function parseRange(field) {
  const [a, b] = field.trim().split('..');
  const lo = parseInt(a, 16);
  return [lo, b === undefined ? lo : parseInt(b, 16)];
}

// The category order must match gs::lib::unicode::Category.
const CATEGORIES = ['Cn', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No',
  'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp',
  'Cc', 'Cf', 'Cs', 'Co'];
const catIndex = new Map(CATEGORIES.map((c, i) => [c, i]));

// --- UnicodeData.txt: categories and simple case mappings -------------------
const category = new Uint8Array(MAX + 1);  // 0 = Cn
const upper = new Int32Array(MAX + 1).fill(-1);
const lower = new Int32Array(MAX + 1).fill(-1);
const title = new Int32Array(MAX + 1).fill(-1);
{
  let rangeStart = -1;
  for (const l of fs.readFileSync(path.join(ucd, 'UnicodeData.txt'), 'utf8').split('\n')) {
    if (!l) continue;
    const f = l.split(';');
    const cp = parseInt(f[0], 16);
    const cat = catIndex.get(f[2]);
    if (cat === undefined) throw new Error(`unknown category ${f[2]}`);
    if (f[1].endsWith(', First>')) { rangeStart = cp; continue; }
    if (f[1].endsWith(', Last>')) {
      for (let r = rangeStart; r <= cp; r++) category[r] = cat;
      continue;
    }
    category[cp] = cat;
    if (f[12]) upper[cp] = parseInt(f[12], 16);
    if (f[13]) lower[cp] = parseInt(f[13], 16);
    if (f[14]) title[cp] = parseInt(f[14], 16);
  }
}

// --- Scripts.txt -------------------------------------------------------------
const scriptOf = new Uint8Array(MAX + 1);  // 0 = Unknown
const scriptNames = ['Unknown'];
{
  const entries = lines('Scripts.txt').map((l) => {
    const [range, name] = l.split(';');
    return [parseRange(range), name.trim()];
  });
  const names = [...new Set(entries.map((e) => e[1]))].sort();
  scriptNames.push(...names);
  if (scriptNames.length > 255) throw new Error('too many scripts for 8 bits');
  const idx = new Map(scriptNames.map((n, i) => [n, i]));
  for (const [[lo, hi], name] of entries) for (let r = lo; r <= hi; r++) scriptOf[r] = idx.get(name);
}

// --- PropList.txt: White_Space -----------------------------------------------
const whiteSpace = [];
for (const l of lines('PropList.txt')) {
  const [range, prop] = l.split(';');
  if (prop.trim() === 'White_Space') whiteSpace.push(parseRange(range));
}
whiteSpace.sort((a, b) => a[0] - b[0]);

// --- Partitions --------------------------------------------------------------
function runs(values, shift) {
  const out = [];
  for (let r = 0; r <= MAX; r++) {
    if (r === 0 || values[r] !== values[r - 1]) out.push(r * (1 << shift) + values[r]);
  }
  return out;
}
const categoryRuns = runs(category, 5);
const scriptRuns = runs(scriptOf, 8);

// --- Case runs -----------------------------------------------------------------
const UPPER_LOWER = 0x110000;
function deltas(r) {
  const u = upper[r] >= 0 ? upper[r] : r;
  const l = lower[r] >= 0 ? lower[r] : r;
  const t = title[r] >= 0 ? title[r] : u;
  return [u - r, l - r, t - r];
}
function mapped(r) { return upper[r] >= 0 || lower[r] >= 0 || title[r] >= 0; }
function same(a, b) { return a[0] === b[0] && a[1] === b[1] && a[2] === b[2]; }
function isUpperOfPair(r) { return r < MAX && same(deltas(r), [0, 1, 0]) && same(deltas(r + 1), [-1, 0, -1]); }

const caseRuns = [];
for (let r = 0; r <= MAX;) {
  if (!mapped(r)) { r++; continue; }
  const d = deltas(r);
  let hi = r;
  while (hi < MAX && mapped(hi + 1) && same(deltas(hi + 1), d)) hi++;
  if (hi === r && isUpperOfPair(r)) {
    // An alternating run: pairs (upper, lower) back to back.
    hi = r + 1;
    while (isUpperOfPair(hi + 1)) hi += 2;
    caseRuns.push([r, hi, UPPER_LOWER, 0, 0]);
  } else {
    caseRuns.push([r, hi, d[0], d[1], d[2]]);
  }
  r = hi + 1;
}
// Self-check: decoding the runs gives back every mapping.
{
  const dec = new Map();
  for (const [lo, hi, du, dl, dt] of caseRuns) {
    for (let r = lo; r <= hi; r++) {
      if (du === UPPER_LOWER) {
        const even = (r - lo) % 2 === 0;
        dec.set(r, even ? [0, 1, 0] : [-1, 0, -1]);
      } else dec.set(r, [du, dl, dt]);
    }
  }
  for (let r = 0; r <= MAX; r++) {
    const want = mapped(r) ? deltas(r) : [0, 0, 0];
    const got = dec.get(r) || [0, 0, 0];
    if (!same(want, got)) throw new Error(`case run self-check failed at ${r.toString(16)}`);
  }
}

// --- Fold orbits -------------------------------------------------------------
const foldTo = new Map();
for (const l of lines('CaseFolding.txt')) {
  const f = l.split(';').map((s) => s.trim());
  if (f[1] === 'C' || f[1] === 'S') foldTo.set(parseInt(f[0], 16), parseInt(f[2], 16));
}
const classes = new Map();  // folded form -> members
for (const [r, f] of foldTo) {
  if (!classes.has(f)) classes.set(f, new Set([f]));
  classes.get(f).add(r);
}
// The true SimpleFold of r is the next member of its class (r alone when
// CaseFolding.txt puts it in none). Keep exactly the runes for which the
// ToLower/ToUpper fallback would answer differently: members of classes of
// three or more, pairs such as U+00DF/U+1E9E that are not case pairs, and
// runes like U+0130 that have a lower case but fold to nothing.
const classOf = new Map();
for (const members of classes.values()) {
  const m = [...members].sort((a, b) => a - b);
  for (const r of m) classOf.set(r, m);
}
function caseOf(which, r) {
  const [du, dl, dt] = mapped(r) ? deltas(r) : [0, 0, 0];
  return r + (which === 0 ? du : which === 1 ? dl : dt);
}
const foldOrbits = [];
for (let r = 0; r <= MAX; r++) {
  const m = classOf.get(r);
  const next = m ? m[(m.indexOf(r) + 1) % m.length] : r;
  const l = caseOf(1, r);
  const fallback = l !== r ? l : caseOf(0, r);
  if (next !== fallback) foldOrbits.push([r, next]);
}
foldOrbits.sort((a, b) => a[0] - b[0]);

// --- Emit --------------------------------------------------------------------
function hex(v) { return v < 0 ? `-0x${(-v).toString(16)}` : `0x${v.toString(16)}`; }
function array(decl, items, perLine) {
  let s = `${decl} = {\n`;
  for (let i = 0; i < items.length; i += perLine) s += '    ' + items.slice(i, i + perLine).join(', ') + ',\n';
  return s + '};\n';
}

let out = `// GENERATED by scripts/gen-unicode-tables.mjs from the Unicode Character
// Database 15.0.0 (the version Go 1.23's unicode package is built from).
// DO NOT EDIT: change the generator and rerun it.
// clang-format off
#include "core/lib/unicode_tables.h"

namespace gs::lib::unicode::tables {

`;
out += array('const uint32_t kCategoryRuns[]', categoryRuns.map(hex), 8);
out += `const size_t kCategoryRunCount = ${categoryRuns.length};\n\n`;
out += array('const uint32_t kScriptRuns[]', scriptRuns.map(hex), 8);
out += `const size_t kScriptRunCount = ${scriptRuns.length};\n\n`;
out += array('const char* const kScriptNames[]', scriptNames.map((n) => `"${n}"`), 6);
out += `const size_t kScriptCount = ${scriptNames.length};\n\n`;
out += array('const uint32_t kWhiteSpace[]', whiteSpace.flat().map(hex), 8);
out += `const size_t kWhiteSpaceCount = ${whiteSpace.length};\n\n`;
out += array('const CaseRun kCaseRuns[]',
  caseRuns.map(([lo, hi, du, dl, dt]) =>
    `{${hex(lo)}, ${hex(hi)}, ${du === UPPER_LOWER ? 'kUpperLower' : du}, ${dl}, ${dt}}`), 3);
out += `const size_t kCaseRunCount = ${caseRuns.length};\n\n`;
out += array('const uint32_t kFoldOrbits[]', foldOrbits.flat().map(hex), 8);
out += `const size_t kFoldOrbitCount = ${foldOrbits.length};\n\n`;
out += '}  // namespace gs::lib::unicode::tables\n';

fs.writeFileSync(outFile, out);
console.log(`wrote ${outFile}: ${categoryRuns.length} category runs, ${scriptRuns.length} script runs ` +
  `(${scriptNames.length} scripts), ${caseRuns.length} case runs, ${foldOrbits.length} orbit entries`);
