/**
 * Object URLs of images uploaded in this tab, by attachment id: a sent photo shows at once from memory instead of
 * being downloaded back from the server.
 */
const previews = new Map<string, string>();

export const rememberPreview = (attachmentId: string, url: string) => previews.set(attachmentId, url);
export const previewFor = (attachmentId: string) => previews.get(attachmentId);
