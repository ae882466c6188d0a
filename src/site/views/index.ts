export { viewContext, type Translate, type ViewContext } from "./context.ts";
export { FIGURE_IDS, type Figure, type FigureId } from "./figure.ts";
export { figureSet, type FigureSet } from "./figure-set.ts";
