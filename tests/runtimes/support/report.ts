import type { RuntimeName } from './install-runtimes.js';

/** What `attempt` in fixtures/probe.mjs records. */
export interface Attempt {
  readonly threw: boolean;
  readonly name?: string;
  readonly code?: string;
  readonly isTypeError?: boolean;
  readonly paths?: readonly (readonly (string | number)[])[];
}

/** What fixtures/probe.mjs returns in each runtime. */
export interface Report {
  readonly runtime: { readonly name: string; readonly version: string };
  readonly lookup: { readonly id: string; readonly value: number; readonly jsonValue: number };
  readonly unknownId: Attempt;
  readonly found: readonly string[];
  readonly formatted: readonly {
    readonly locale: string;
    readonly id: string;
    readonly text: string;
    readonly intl: string;
  }[];
  readonly csv: string;
  readonly jsonld: unknown;
  readonly vegaLite: unknown;
  readonly frozen: { readonly value: Attempt; readonly push: Attempt; readonly nested: Attempt };
  readonly parsed: { readonly id: string; readonly sameAsMain: boolean };
  readonly rejected: Attempt & { readonly corrupted: readonly (string | number)[] };
  readonly json: { readonly id: string; readonly sameAsMain: boolean };
  readonly summary: { readonly headline: string; readonly labels: readonly string[] };
}

/** What the global setup hands every runtime test (through vitest's `provide`/`inject`). */
export interface RuntimesContext {
  /** A scratch folder for this run, removed at the end. */
  readonly work: string;
  /** The package packed once for the whole run. */
  readonly tarball: string;
  readonly packageName: string;
  readonly packageVersion: string;
  readonly zodVersion: string;
  /** A registry on 127.0.0.1 that serves the tarball and zod (tests/runtimes/support/local-registry.ts). */
  readonly registry: string;
  /** A project with the tarball and zod installed by npm: for Node, Deno's node_modules mode, workerd and the browser. */
  readonly npmProject: string;
  readonly binaries: Readonly<Record<RuntimeName, string>>;
  readonly versions: Readonly<Record<RuntimeName, string>>;
  /** The probe's report in Node from `npmProject`: the results every other runtime must match. */
  readonly reference: Report;
}

declare module 'vitest' {
  export interface ProvidedContext {
    runtimes: RuntimesContext;
  }
}
