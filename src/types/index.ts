export type * from '../schema/types.js';
