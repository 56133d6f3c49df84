import type { z } from 'zod';
import { seededApp } from '../helpers/seeded-app';
import type { TestApp } from '../helpers/test-app';
import { ContentPageResponse } from '../../src/marketing/content/content.responses';
import {
  CampaignListResponse,
  CampaignResponse,
  ExpensePageResponse,
  ExpenseResponse,
  FeedbackPageResponse,
  FeedbackSubmittedResponse,
} from '@tajer/contract';

/**
 * The expenses, marketing and feedback pages and items are documented with response schemas (not only an example):
 * each documented schema lists the zod schema's fields, its example passes that schema, and the live answers of the
 * seeded demo shop pass it too (the schemas are strict: a field added or renamed in a service fails here, not in a
 * client reading the docs).
 */
describe('OpenAPI response schemas (expenses, marketing, feedback)', () => {
  let t: TestApp;
  let owner: string;
  const app = seededApp({ logins: ['owner@demo.dz'] });
  beforeAll(() => {
    ({
      t,
      tokens: [owner],
    } = app);
  });
  const auth = () => ({ Authorization: `Bearer ${owner}` });

  const DOCUMENTED: [string, 'get' | 'post' | 'patch', z.ZodObject][] = [
    ['/api/expenses', 'get', ExpensePageResponse],
    ['/api/expenses', 'post', ExpenseResponse],
    ['/api/expenses/{id}', 'get', ExpenseResponse],
    ['/api/campaigns', 'get', CampaignListResponse],
    ['/api/campaigns', 'post', CampaignResponse],
    ['/api/campaigns/{id}', 'get', CampaignResponse],
    ['/api/campaigns/{id}', 'patch', CampaignResponse],
    ['/api/content', 'get', ContentPageResponse],
    ['/api/feedback', 'get', FeedbackPageResponse],
    ['/api/feedback', 'post', FeedbackSubmittedResponse],
    ['/api/feedback/message-rating', 'post', FeedbackSubmittedResponse],
    ['/api/feedback/messages/{messageId}', 'post', FeedbackSubmittedResponse],
  ];

  it.each(DOCUMENTED)('%s %s documents its response schema, and its example passes it', async (path, method, schema) => {
    const docs = (await t.http().get('/api/docs-json').expect(200)).body;
    const documented = docs.paths[path]?.[method]?.responses?.['200']?.content?.['application/json']?.schema;
    expect(documented).toBeDefined();
    expect(Object.keys(documented.properties ?? {}).sort()).toEqual(Object.keys(schema.shape).sort());
    expect(schema.safeParse(documented.example).error?.issues ?? []).toEqual([]);
  });

  /** Parses a live answer with the documented schema; the issues, if any, are what the failure shows. */
  const conforms = (schema: z.ZodType, body: unknown) => expect(schema.safeParse(body).error?.issues ?? []).toEqual([]);

  it('the expenses page, one expense and a new one are what the schemas say', async () => {
    const page = (await t.http().get('/api/expenses?period=year').set(auth()).expect(200)).body;
    expect(page.items.length).toBeGreaterThan(0);
    conforms(ExpensePageResponse, page);
    conforms(ExpenseResponse, (await t.http().get(`/api/expenses/${page.items[0].id}`).set(auth()).expect(200)).body);
    const created = await t.http().post('/api/expenses').set(auth()).send({ amount: 1520, category: 'électricité', merchant: 'Sonelgaz' });
    expect(created.status).toBeLessThan(300);
    conforms(ExpenseResponse, created.body);
  });

  it('the campaigns and one campaign are what the schemas say', async () => {
    const list = (await t.http().get('/api/campaigns').set(auth()).expect(200)).body;
    expect(list.campaigns.length).toBeGreaterThan(0);
    conforms(CampaignListResponse, list);
    conforms(CampaignResponse, (await t.http().get(`/api/campaigns/${list.campaigns[0].id}`).set(auth()).expect(200)).body);
  });

  it('the generated texts and the feedback pages are what the schemas say', async () => {
    await t.http().post('/api/content/generate').set(auth()).send({ channel: 'email', topic: 'promo ramadan' }).expect(201);
    const content = (await t.http().get('/api/content').set(auth()).expect(200)).body;
    expect(content.items.length).toBeGreaterThan(0);
    conforms(ContentPageResponse, content);

    const sent = (
      await t.http().post('/api/feedback').set(auth()).send({ message: "Ça plante quand j'ajoute une dépense", rating: 2 }).expect(201)
    ).body;
    conforms(FeedbackSubmittedResponse, sent);
    const feedback = (await t.http().get('/api/feedback').set(auth()).expect(200)).body;
    expect(feedback.items.map((f: { id: string }) => f.id)).toContain(sent.id);
    conforms(FeedbackPageResponse, feedback);
  });
});
