/**
 * The layering the design asks for, enforced in `npm run check` and CI (`npm run lint:deps`).
 * Type-only imports count (tsPreCompilationDeps): a cycle through types still couples the files.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      severity: "error",
      comment: "A cycle (type imports included) means two files cannot be understood or changed apart.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-folder-cycles",
      severity: "error",
      comment: "Folders form layers too: worker/indicators and worker/storage must not need each other both ways.",
      scope: "folder",
      from: { path: "^(worker|widgets|figure|schemas)/" },
      to: { circular: true },
    },
    {
      name: "worker-not-widgets",
      severity: "error",
      comment: "The API and the widgets share only the floors (schemas/, figure/).",
      from: { path: "^worker/" },
      to: { path: "^widgets/" },
    },
    {
      name: "widgets-not-worker",
      severity: "error",
      comment: "The API and the widgets share only the floors (schemas/, figure/).",
      from: { path: "^widgets/" },
      to: { path: "^worker/" },
    },
    {
      name: "schemas-are-a-floor",
      severity: "error",
      comment: "schemas/ imports nothing of ours but itself.",
      from: { path: "^schemas/" },
      to: { path: "^(worker|widgets|scripts|site|figure|client|test|bench)/" },
    },
    {
      name: "figure-is-a-floor",
      severity: "error",
      comment: "The figure model is pure: it imports only itself and schemas/.",
      from: { path: "^figure/" },
      to: { path: "^(worker|widgets|scripts|site|client|test|bench)/" },
    },
    {
      name: "figure-is-pure",
      severity: "error",
      comment: "The figure model draws nothing: no DOM libraries, no Chart.js, no Hono.",
      from: { path: "^figure/" },
      to: { path: "node_modules/(chart\\.js|lit|hono|@lit)/" },
    },
    {
      name: "worker-lib-is-plain",
      severity: "error",
      comment: "worker/lib holds pure helpers: neither Hono nor storage.",
      from: { path: "^worker/lib/" },
      to: { path: "(^hono$|node_modules/hono/|^worker/storage/)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(\\.assets|\\.tsbuild|\\.wrangler|dist)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
  },
};
