import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { MultiServerMCPClient } from '@langchain/mcp-adapters';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ACCESS } from '@tajer/contract';
import { TOOLS, ToolDefinition } from '@tajer/tools';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { checkedResults } from './result-contract';

/**
 * The tools the assistant may call: the built-in registry of @tajer/tools, plus plugins from PLUGINS_DIR and tools
 * served by MCP servers — all registered the same way, shown the same way.
 */
@Injectable()
export class ToolRegistry implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ToolRegistry.name);
  private readonly tools = new Map<string, ToolDefinition>();
  private mcp?: MultiServerMCPClient;
  private readonly borrowed = new Set<string>();
  private revision = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    for (const tool of TOOLS as readonly ToolDefinition[]) this.register(tool, 'builtin');
  }

  async onModuleInit(): Promise<void> {
    if (this.config.PLUGINS_DIR) this.loadPlugins(resolve(this.config.PLUGINS_DIR));
    if (this.config.MCP_SERVERS) await this.loadMcpTools(this.config.MCP_SERVERS);
  }

  async onModuleDestroy(): Promise<void> {
    await this.mcp?.close();
  }

  /**
   * MCP_SERVERS is JSON: { "<name>": { "command": "...", "args": [...] } | { "url": "http://...", "headers": {...} } }.
   * Their tools are registered beside the built-ins: as reads, or as writes needing approval when the server says
   * they are not read-only (e.g. another Tajer's inventory_adjust, then registered as <name>_inventory_adjust).
   */
  private async loadMcpTools(raw: string): Promise<void> {
    let servers: Record<string, unknown>;
    try {
      servers = JSON.parse(raw);
    } catch {
      throw new Error('Invalid configuration:\n  MCP_SERVERS: must be JSON, e.g. {"rates": {"command": "node", "args": ["server.js"]}}');
    }
    // Loaded only when MCP servers are configured: the adapters and the MCP SDK are ~6 MB of heap otherwise unused.
    const { MultiServerMCPClient } = await import('@langchain/mcp-adapters');
    this.mcp = new MultiServerMCPClient({ mcpServers: servers as never, throwOnLoadError: true, prefixToolNameWithServerName: false });
    for (const server of Object.keys(servers)) {
      for (const t of await this.mcp.getTools(server)) {
        let name = t.name.replace(/[^a-zA-Z0-9_]/g, '_').toLowerCase();
        // Another Tajer (or any server) may serve a tool named like one of ours: keep both, the borrowed one prefixed.
        if (this.tools.has(name)) name = `${server.replace(/[^a-zA-Z0-9_]/g, '_').toLowerCase()}_${name}`.slice(0, 64);
        // A tool its server does not declare read-only is treated as a write: proposed, run only once approved here.
        const annotations = (t.metadata as { annotations?: { readOnlyHint?: boolean } } | undefined)?.annotations;
        const write = annotations?.readOnlyHint === false;
        this.register(
          {
            name,
            kind: write ? 'write' : 'read',
            roles: ACCESS.chat,
            requiresApproval: write,
            description: t.description,
            schema: t.schema as never,
            examples: { fr: [], ar: [], darija: [], darija_latin: [], en: [] },
            run: async (_ctx, args) => ({ success: true, data: await t.invoke(args as never) }),
            summarize: (result) =>
              result.success ? (typeof result.data === 'string' ? result.data : JSON.stringify(result.data)) : result.error.message,
          },
          `mcp ${name}`,
        );
        this.borrowed.add(name);
        this.logger.log(`Registered MCP tool ${name} (${server}${write ? ', write' : ''})`);
      }
    }
  }

  /** True for tools served by another MCP server (Tajer's own MCP endpoint does not re-serve them). */
  isBorrowed(name: string): boolean {
    return this.borrowed.has(name);
  }

  register(tool: ToolDefinition, source: string): void {
    if (!/^[a-z][a-z0-9_]{1,63}$/.test(tool.name)) throw new Error(`Tool name "${tool.name}" (${source}) must be snake_case`);
    if (this.tools.has(tool.name)) throw new Error(`Tool "${tool.name}" (${source}) is already registered`);
    // A tool that declares its result schema has its results checked against it outside production.
    this.tools.set(tool.name, checkedResults(tool, this.config.ENVIRONMENT));
    this.revision += 1;
  }

  /** Changes whenever a tool is registered: the agent built for a tool set is rebuilt when it changes. */
  get version(): number {
    return this.revision;
  }

  get(name: string): ToolDefinition | undefined {
    return this.tools.get(name);
  }

  list(): ToolDefinition[] {
    return [...this.tools.values()];
  }

  /** A plugin is a .js file (or folder with index.js) whose default or `tool` export is a ToolDefinition. */
  private loadPlugins(dir: string): void {
    if (!existsSync(dir)) {
      this.logger.warn(`PLUGINS_DIR ${dir} does not exist`);
      return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = entry.isDirectory() ? join(dir, entry.name, 'index.js') : join(dir, entry.name);
      if (!file.endsWith('.js') || !existsSync(file)) continue;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(file);
      const tool: ToolDefinition | undefined = mod.default ?? mod.tool;
      if (!tool?.name || !tool.schema || !tool.run) {
        this.logger.warn(`Plugin ${file} does not export a tool definition with name, schema and run`);
        continue;
      }
      // A plugin that names no roles is open to the business's people, like the chat itself.
      const defaults = {
        kind: 'read',
        roles: ACCESS.chat,
        requiresApproval: false,
        examples: { fr: [], ar: [], darija: [], darija_latin: [], en: [] },
      };
      this.register(Object.assign(defaults, tool) as ToolDefinition, `plugin ${file}`);
      this.logger.log(`Loaded plugin tool ${tool.name}`);
    }
  }
}
