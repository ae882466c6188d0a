/** The validator of the Frictionless JavaScript library (no types shipped): used by the tests. */
declare module "datapackage" {
  export function validate(descriptor: unknown): Promise<{ valid: boolean; errors: Error[] }>;
}
