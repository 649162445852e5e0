import { buildSynthetic } from "./scale/build-synthetic";

for (const m of [1, 10, 100]) {
  const b = buildSynthetic(m);
  console.log(
    m,
    b.rows,
    b.buildSeconds.toFixed(1),
    "s",
    b.manifest.partition,
    b.manifest.blocks.length,
    "blocks",
    (b.blockBytes / 1e6).toFixed(1),
    "MB",
    b.manifest.blocks[0],
  );
}
