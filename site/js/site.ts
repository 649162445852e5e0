/**
 * @module The site's small enhancement script (every page): fills the deployment's origin into URLs shown to
 * readers, today's date into citations, and adds a copy button to each code snippet.
 */

const zh = document.documentElement.lang.startsWith("zh");

for (const span of document.querySelectorAll<HTMLElement>("[data-origin]")) span.textContent = location.origin;

const today = new Date().toISOString().slice(0, 10);
for (const span of document.querySelectorAll<HTMLElement>("[data-today]")) span.textContent = today;

/** Copies text to the clipboard, falling back to selecting it where the Clipboard API is refused. */
export async function copyText(text: string, source: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return false;
  }
}

for (const pre of document.querySelectorAll<HTMLPreElement>("pre.snippet:not([id])")) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy";
  button.textContent = zh ? "复制" : "Copy";
  const status = document.createElement("span");
  status.className = "copy-status";
  status.setAttribute("role", "status");
  button.addEventListener("click", async () => {
    const copied = await copyText(pre.textContent ?? "", pre);
    status.textContent = copied ? (zh ? "已复制" : "Copied") : zh ? "已选中，请按 Ctrl+C 复制" : "Selected: press Ctrl+C to copy";
  });
  const bar = document.createElement("div");
  bar.className = "snippet-bar";
  bar.append(button, status);
  pre.after(bar);
}
