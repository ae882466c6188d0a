/** The parts of Eleventy's Nunjucks that test/eleventy reads. */
declare module "nunjucks" {
  export class Environment {
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
  }
  export class Template {
    constructor(source: string, env: Environment, path: string);
    render(context: object): string;
  }
  export const compiler: { compile(...args: unknown[]): string };
}
