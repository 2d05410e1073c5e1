/** The shape every language's UI catalogue must have: the English one's keys, any words. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
