/** The parts of Eleventy's programmatic API and dev server that the build scripts use (they ship no types). */
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input: string, output: string, options?: { quietMode?: boolean; configPath?: string; config?: (eleventyConfig: unknown) => void });
    write(): Promise<unknown>;
    init(): Promise<void>;
    setIncrementalBuild(incremental: boolean): void;
    setIgnoreInitial(ignore: boolean): void;
    watch(): Promise<unknown>;
    stopWatch(): Promise<void>;
  }
}

declare module "@11ty/eleventy-dev-server" {
  interface DevServer {
    serve(port: number): void;
    reload(event?: Record<string, unknown>): void;
  }
  const EleventyDevServer: {
    getServer(name: string, dir: string, options?: Record<string, unknown>): DevServer;
  };
  export default EleventyDevServer;
}
