// The decision log model: records, hash chain, retention, filters, export and import. Pure TypeScript.
export * from './chain';
export * from './months';
export * from './record';
export * from './retention';
export * from './transfer';
export * from './versioned-file';
