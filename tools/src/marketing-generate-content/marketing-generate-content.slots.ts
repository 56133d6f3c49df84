import type { ToolSlots } from '../slots';

export const marketingGenerateContentSlots: ToolSlots = {
  fill: (x) => {
    const args: Record<string, unknown> = {};
    const channel = x.channel() ?? x.defaultChannel();
    if (channel) args.channel = channel;
    const topic = x.topic();
    if (topic) args.topic = topic;
    const language = x.contentLanguage();
    if (language) args.language = language;
    const tone = x.tone();
    if (tone) args.tone = tone;
    return { args };
  },
  // "Fais la même chose pour Instagram": only a channel named, never the default of a kind of text.
  followUp: (x) => {
    const channel = x.channel();
    return channel ? { channel } : {};
  },
};
