// Makes the command line executable after tsc (tsc does not keep file modes).
import { chmodSync, existsSync } from "node:fs";
const cli = new URL("../dist/src/cli.js", import.meta.url);
if (existsSync(cli)) chmodSync(cli, 0o755);
