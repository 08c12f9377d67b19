// Types of scripts/gen-api.mjs for the TypeScript test that imports it.
export declare const SOURCE: URL;
export declare const OUTPUT: URL;
export declare const HEADER: string;
export declare function generateSchema(): Promise<string>;
export declare function readCommittedSchema(): string;
