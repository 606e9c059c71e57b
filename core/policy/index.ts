// The policy check (policy-check.md): reads an employer's text clause by clause on the device.
export { analysePolicy } from './analyse';
export * from './handoff';
export { detectLanguage } from './language';
export * from './log-record';
export * from './types';
export * from './verdict';
