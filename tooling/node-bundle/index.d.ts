/**
 * Bundles a TypeScript entry of this repository (its `@asq/*` sources included) into one ES module
 * that plain `node` runs without a TypeScript loader; npm packages stay external, imported by path.
 */
export function bundleForNode(entry: string, outfile: string): Promise<void>
