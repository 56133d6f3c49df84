import { HumanMessage } from '@langchain/core/messages';
import { Nlu } from '../local/nlu';
import { LocalChatModel } from './local-chat-model';

/** The offline model with the real NLU (trained from the built-in tools' examples), as the model factory builds it. */
describe('LocalChatModel streaming', () => {
  let nlu: Nlu;
  beforeAll(async () => {
    nlu = await Nlu.create();
  });

  const stream = async (tokenDelayMs: number, wordByWord = false) => {
    const model = new LocalChatModel({ nlu, catalog: [], attachmentIds: [], lang: 'fr', tokenDelayMs, wordByWord });
    const chunks: string[] = [];
    for await (const chunk of await model.stream([new HumanMessage('Bonjour !')])) chunks.push(chunk.content as string);
    return chunks;
  };

  it('streams a paced answer word by word, like a hosted model', async () => {
    const chunks = await stream(1);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toMatch(/Bonjour/);
  });

  it('gives an unpaced answer in one chunk: the same text, without a LangChain chunk and a delta event per word', async () => {
    const [paced, unpaced] = [await stream(1), await stream(0)];
    expect(unpaced).toEqual([paced.join('')]);
  });

  it('streams word by word unpaced too for the /v1 API, whose callers read token deltas', async () => {
    expect(await stream(0, true)).toEqual(await stream(1));
  });
});
