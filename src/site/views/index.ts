export { type Translate, viewContext } from "./context.ts";
export { figureSet } from "./figure-set.ts";
