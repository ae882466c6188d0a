/** Lets files be dropped on the chooser as well as picked with it; the file input stays the way to choose by keyboard. */

/** dropZone(zone, onFiles): highlights the zone while files are dragged over it and hands dropped files over. */
export function dropZone(zone: HTMLElement, onFiles: (files: File[]) => void): void {
  const over = (on: boolean) => zone.classList.toggle("checker-drop-over", on);
  zone.addEventListener("dragover", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    over(true);
  });
  zone.addEventListener("dragleave", (event) => {
    if (!zone.contains(event.relatedTarget as Node | null)) over(false);
  });
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    over(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) onFiles(files);
  });
}
