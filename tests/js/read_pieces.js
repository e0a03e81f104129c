#!/usr/bin/env node
// Read an AAMA/ASTM pattern DXF with the dxf-parser npm package and list its pieces as JSON,
// the way open JavaScript pattern readers built on dxf-parser do: every BLOCK carrying a
// "Piece Name:" text is a piece; its size comes from "Size:", its cut line from the
// polylines on layer 1 (fragments counted, closed flag and vertices given). A block without
// an entity list stops the reader, as it stops those readers.
// Usage: node read_pieces.js FILE.dxf   -> {"units": ..., "pieces": [...]} on stdout;
// exit 1 with the parser's message on stderr when dxf-parser refuses the file.
"use strict";
const fs = require("fs");
const DxfParser = require("dxf-parser");

function textOf(entity) {
  return (entity.text || "").trim();
}

function keyValue(text) {
  const m = /^\s*([A-Za-z][A-Za-z ]*?)\s*:\s*(.*?)\s*$/.exec(text);
  return m ? [m[1].toLowerCase().replace(/\s+/g, " "), m[2]] : ["", text];
}

function main() {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: node read_pieces.js FILE.dxf\n");
    process.exit(2);
  }
  const parser = new DxfParser();
  let dxf;
  try {
    dxf = parser.parseSync(fs.readFileSync(file, "latin1"));
  } catch (err) {
    process.stderr.write(`dxf-parser refused ${file}: ${err && err.message ? err.message : err}\n`);
    process.exit(1);
  }
  if (!dxf) {
    process.stderr.write(`dxf-parser returned nothing for ${file}\n`);
    process.exit(1);
  }
  const style = {};
  for (const e of dxf.entities || []) {
    if (e.type === "TEXT" || e.type === "MTEXT") {
      const [k, v] = keyValue(textOf(e));
      if (k && !(k in style)) style[k] = v;
    }
  }
  const inserts = new Set((dxf.entities || []).filter((e) => e.type === "INSERT").map((e) => e.name));
  const pieces = [];
  for (const [name, block] of Object.entries(dxf.blocks || {})) {
    // Readers built on dxf-parser walk block.entities of every block; dxf-parser leaves it
    // undefined for a block without entities, and those readers stop there. So do we.
    if (!Array.isArray(block.entities)) {
      process.stderr.write(`${file}: block ${name} has no entity list (dxf-parser leaves it ` +
                           "undefined for an empty block; readers built on it stop here)\n");
      process.exit(1);
    }
    const entities = block.entities;
    const info = {};
    for (const e of entities) {
      if (e.type === "TEXT" || e.type === "MTEXT") {
        const [k, v] = keyValue(textOf(e));
        if (k && !(k in info)) info[k] = v;
      }
    }
    if (!("piece name" in info)) continue;
    const boundary = entities.filter(
      (e) => (e.type === "POLYLINE" || e.type === "LWPOLYLINE") && String(e.layer) === "1");
    pieces.push({
      block: name,
      inserted: inserts.has(name),
      name: info["piece name"],
      size: info["size"] || "",
      quantity: info["quantity"] || "",
      boundary: boundary.map((e) => ({
        closed: Boolean(e.shape),
        points: (e.vertices || []).map((v) => [v.x, v.y]),
      })),
      layers: [...new Set(entities.map((e) => String(e.layer)))].sort(),
    });
  }
  process.stdout.write(JSON.stringify({units: style["units"] || "", style: style["style name"] || "",
                                       pieces}) + "\n");
}

main();
