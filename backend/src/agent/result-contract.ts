import { Logger } from '@nestjs/common';
import type { ToolDefinition, ToolResult } from '@tajer/tools';

const logger = new Logger('ToolResultContract');

/**
 * Outside production, every tool's successful `data` is parsed with the result schema it declares (`result`: for the
 * built-in tools, their schema in @tajer/contract's TOOL_RESULTS, the one the chat UI renders from). Under test a mismatch fails the call, so every test and e2e scenario that
 * runs a tool is also a check that it keeps its contract; in development it is logged. Production skips the check:
 * a drift there shows the generic card, never a wrong figure.
 */
export function checkedResults(tool: ToolDefinition, environment: string): ToolDefinition {
  const schema = tool.result;
  if (!schema || !tool.run || environment === 'production') return tool;
  const run = tool.run.bind(tool);
  return {
    ...tool,
    async run(ctx, args): Promise<ToolResult> {
      const result = await run(ctx, args);
      if (!result.success) return result;
      const parsed = schema.safeParse(result.data);
      if (parsed.success) return result;
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`).join('; ');
      if (environment === 'test') throw new Error(`${tool.name} returned a result its contract refuses: ${detail}`);
      logger.warn(`${tool.name} returned a result its contract refuses: ${detail}`);
      return result;
    },
  };
}
