/** Response examples for the OpenAPI docs (checked against the response schemas by test/openapi/response-schemas.test.ts). */
export const FEEDBACK_ITEM_EXAMPLE = {
  id: '3c9a8e51-2f4b-4e0a-8d7c-1b2a3c4d5e6f',
  tenant: { id: '9b1f7c2a-4d3e-4b5f-8a6c-7d8e9f0a1b2c', name: 'Supérette El Baraka' },
  user: { id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', name: 'Karim Benali', email: 'owner@demo.dz', role: 'OWNER' },
  category: 'bug',
  categoryInferred: true,
  severity: 'critical',
  message: "L'application plante quand je scanne un ticket et j'ai perdu la dépense saisie",
  rating: 1,
  conversationId: null,
  messageId: null,
  notifiedAt: null,
  createdAt: '2026-03-14T10:30:00.000Z',
};

export const FEEDBACK_PAGE_EXAMPLE = {
  scope: { tenantId: FEEDBACK_ITEM_EXAMPLE.tenant.id, allBusinesses: false },
  masked: false,
  items: [FEEDBACK_ITEM_EXAMPLE],
  page: 1,
  pageSize: 50,
  total: 1,
  totalPages: 1,
  summary: {
    byCategory: { bug: 1, suggestion: 0, comment: 0 },
    bySeverity: { critical: 1, high: 0, normal: 0, low: 0 },
    averageRating: 1,
    ratings: 1,
  },
};

export const FEEDBACK_SUBMITTED_EXAMPLE = {
  ...FEEDBACK_ITEM_EXAMPLE,
  classification: {
    category: 'bug',
    confidence: 1,
    scores: { bug: 7, suggestion: 0, comment: 0 },
    matched: ['ca plante', 'perdu'],
    severityReasons: ['perdu', 'ca plante'],
  },
  notification: 'queued',
};

/** A thumbs down with a comment on an assistant answer: a comment unless the words say bug or suggestion. */
export const FEEDBACK_RATING_EXAMPLE = {
  ...FEEDBACK_ITEM_EXAMPLE,
  category: 'comment',
  severity: 'normal',
  message: 'Le total affiché est faux',
  rating: 1,
  conversationId: '4b7e9c1d-2a3f-4e5d-8c7b-6a5f4e3d2c1b',
  messageId: '5e2d8a7c-1b3f-4c6d-9e8f-7a6b5c4d3e2f',
  classification: { category: 'comment', confidence: 0, scores: { bug: 0, suggestion: 0, comment: 0 }, matched: [], severityReasons: [] },
  notification: 'not_needed',
};
