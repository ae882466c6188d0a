export { messageVi, messageEn, catalogue } from "./message.ts";
export type { Entry, Anchor } from "./entry.ts";
