/**
 * Sortable tables.
 *
 * Markup contract:
 *   <table data-sortable>
 *     <thead><tr><th scope="col">Tỉnh</th><th scope="col">Cán bộ</th></tr></thead>
 *     <tbody><tr><th scope="row">Hà Nội</th><td data-value="23">23</td></tr> …</tbody>
 *   </table>
 * Each <th scope="col"> gets a <button> holding its content; a click sorts the body rows by that
 * column (data-value when present, else the cell text), ascending first, then toggling, and sets
 * aria-sort on the sorted header only. The page language (<html lang>) picks the collation.
 * Code that rewrites cells dispatches TABLE_UPDATED on the table to have the current sort re-applied.
 */
import { pageLang } from "./page-lang.ts";
import { sortOrder, type SortDirection } from "./sort-order.ts";

/** Event a table receives when its cells changed, so that its current sort is applied again. */
export const TABLE_UPDATED = "moit:table-updated";

/** Makes every table[data-sortable] under root sortable by its column headers. */
export function sortableTable(root: ParentNode = document): void {
  const lang = pageLang(document.documentElement.lang);
  for (const table of root.querySelectorAll<HTMLTableElement>("table[data-sortable]")) {
    const headers = [...table.querySelectorAll<HTMLTableCellElement>("thead th[scope=col]")];
    const sortBy = (header: HTMLTableCellElement, direction: SortDirection) => {
      const body = table.tBodies[0];
      if (!body) return;
      for (const other of headers) other.removeAttribute("aria-sort");
      header.setAttribute("aria-sort", direction);
      const rows = [...body.rows];
      const values = rows.map((row) => {
        const cell = row.cells[header.cellIndex];
        return cell?.dataset.value ?? cell?.textContent?.trim() ?? "";
      });
      body.append(...sortOrder(values, direction, lang).map((i) => rows[i] as HTMLTableRowElement));
    };
    for (const header of headers) {
      const button = document.createElement("button");
      button.type = "button";
      button.append(...header.childNodes);
      header.append(button);
      button.addEventListener("click", () =>
        sortBy(header, header.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending"),
      );
    }
    table.addEventListener(TABLE_UPDATED, () => {
      const sorted = headers.find((header) => header.hasAttribute("aria-sort"));
      if (sorted) sortBy(sorted, sorted.getAttribute("aria-sort") as SortDirection);
    });
  }
}
