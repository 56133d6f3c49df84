/** Minimal typings for the part of node-fetch 2 the model's HTTP transport uses (the package ships none). */
declare module 'node-fetch' {
  import type { Agent } from 'node:http';
  export interface RequestInit {
    agent?: Agent | ((url: URL) => Agent);
    [option: string]: unknown;
  }
  export default function fetch(url: string, init?: RequestInit): Promise<unknown>;
}
