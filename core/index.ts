// The core's public surface (core/README.md). Pure TypeScript: no browser, DOM, Preact or zustand.
export * from './evaluate';
export * from './explanations';
export * from './i18n';
export * from './policy';
export * from './rights';
export * from './rules';
export * from './sources';
export * from './types';
export * from './validate';
