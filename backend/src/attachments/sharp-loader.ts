import type Sharp from 'sharp';

let loaded: Promise<typeof Sharp> | undefined;

/**
 * sharp (libvips), loaded at the first picture rather than at start: the native library and its bindings are ~20 MB
 * of a process's memory, and a server that is never sent a picture needs none of it.
 */
export function loadSharp(): Promise<typeof Sharp> {
  loaded ??= import('sharp').then((m) => m.default);
  return loaded;
}
