export * from './common';
export * from './expenses';
export * from './campaigns';
export * from './feedback';
