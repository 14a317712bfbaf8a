/** Read-only all the way down: the contract's types are the schemas' output, which no stage may change in place. */
export type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
