// Letters to exercise GDPR rights towards the employer, in English and Dutch. Pure TypeScript.
export * from './draft';
export * from './frame';
export * from './policy';
export * from './templates';
