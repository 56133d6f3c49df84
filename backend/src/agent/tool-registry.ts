import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TOOLS, ToolDefinition } from '@tajer/tools';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * The tools the assistant may call: the built-in registry of @tajer/tools, plus plugins from PLUGINS_DIR and tools
 * served by MCP servers — all registered the same way, shown the same way.
 */
@Injectable()
export class ToolRegistry implements OnModuleInit {
  private readonly logger = new Logger(ToolRegistry.name);
  private readonly tools = new Map<string, ToolDefinition>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    for (const tool of TOOLS as readonly ToolDefinition[]) this.register(tool, 'builtin');
  }

  onModuleInit(): void {
    if (this.config.PLUGINS_DIR) this.loadPlugins(resolve(this.config.PLUGINS_DIR));
  }

  register(tool: ToolDefinition, source: string): void {
    if (!/^[a-z][a-z0-9_]{1,63}$/.test(tool.name)) throw new Error(`Tool name "${tool.name}" (${source}) must be snake_case`);
    if (this.tools.has(tool.name)) throw new Error(`Tool "${tool.name}" (${source}) is already registered`);
    this.tools.set(tool.name, tool);
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
      const defaults = { kind: 'read', requiresApproval: false, examples: { fr: [], ar: [], darija: [], darija_latin: [], en: [] } };
      this.register(Object.assign(defaults, tool) as ToolDefinition, `plugin ${file}`);
      this.logger.log(`Loaded plugin tool ${tool.name}`);
    }
  }
}
