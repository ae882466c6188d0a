/** What the checker page needs from the build: the data contract, the files it expects and the template's address. */
import type { PackageDescriptor } from "../data/schema.ts";
import { bilingual } from "../text/bilingual.ts";
import { dataResources, resourceStem } from "./data-resources.ts";

export interface CheckerPageData {
  /** The data resources of datapackage.json, which the page's worker validates against. */
  descriptor: PackageDescriptor;
  /** Where the worker finds the published files, on the same origin. */
  filesBase: string;
  /** The files of the data, with their published copies. */
  files: { path: string; sheet: string; title_vi: string; title_en: string; published: string }[];
  template: { path: string; size: number };
}

/** checkerPageData(descriptor, template) → the `checker` part of the site's data. */
export function checkerPageData(descriptor: PackageDescriptor, template: { path: string; bytes: Uint8Array }, filesBase = "/files/"): CheckerPageData {
  const data = dataResources(descriptor);
  return {
    descriptor: data,
    filesBase,
    files: data.resources.map((resource) => {
      const title = bilingual(resource.title ?? resource.name);
      return { path: resource.path, sheet: resourceStem(resource), title_vi: title.vi, title_en: title.en, published: `${filesBase}${resourceStem(resource)}.csv` };
    }),
    template: { path: template.path, size: template.bytes.length },
  };
}
