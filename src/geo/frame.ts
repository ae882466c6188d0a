/** Shapes of a drawn map shared by its parts: rectangles and label spots in SVG pixels. */

/** A rectangle in SVG pixels. */
export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label's first line sits; a second line follows 1.2 em below. */
export interface LabelSpot {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
}
