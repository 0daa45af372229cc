/**
 * The page shell: one self-contained HTML file, its style sheet and script inline. The
 * Content-Security-Policy allows that style and that script by their SHA-256 hashes and nothing
 * else: no request leaves the page (no font, image, script or connection) and, should an input
 * ever slip past the escaping, no script of its own could run.
 */
import { createHash } from "../../builtins.js";
import { CSS } from "./css.js";
import { esc } from "./escape.js";

function hash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

export function page(title: string, header: string, body: string, script: string): string {
  const policy = `default-src 'none'; style-src ${hash(CSS)}; script-src ${hash(script)}; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kzdeals">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="page">${header}</header>
<main>
${body}
</main>
<script>${script}</script>
</body>
</html>
`;
}
