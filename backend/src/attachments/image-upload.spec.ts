import sharp from 'sharp';
import { checkImageBuffer, inspectImage } from './image-upload';

const base = () => sharp({ create: { width: 12, height: 8, channels: 3, background: '#336699' } });

describe('inspectImage (content-based image check)', () => {
  it.each([
    ['jpeg', () => base().jpeg().toBuffer(), 'image/jpeg', 'jpg'],
    ['png', () => base().png().toBuffer(), 'image/png', 'png'],
    ['webp', () => base().webp().toBuffer(), 'image/webp', 'webp'],
    ['gif', () => base().gif().toBuffer(), 'image/gif', 'gif'],
    ['tiff', () => base().tiff().toBuffer(), 'image/tiff', 'tif'],
    ['avif', () => base().avif().toBuffer(), 'image/avif', 'avif'],
  ])('accepts %s and reports its type from the bytes', async (_, make, mimeType, extension) => {
    const info = await inspectImage(await make());
    expect(info).toMatchObject({ mimeType, extension, width: 12, height: 8 });
  });

  it('reports the displayed size of an EXIF-rotated photo', async () => {
    const rotated = await base().jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(await inspectImage(rotated)).toMatchObject({ width: 8, height: 12 });
  });

  it.each([
    ['text', Buffer.from('hello, I am not a picture')],
    ['empty', Buffer.alloc(0)],
    ['svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')],
    ['pdf', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n')],
  ])('refuses %s with 415', async (_, buffer) => {
    await expect(inspectImage(buffer)).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 });
  });

  it('refuses a buffer over the limit with 413 before decoding it', async () => {
    const png = await base().png().toBuffer();
    await expect(checkImageBuffer(png, png.length - 1)).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      status: 413,
      details: { limitBytes: png.length - 1 },
    });
    await expect(checkImageBuffer(png, png.length)).resolves.toMatchObject({ mimeType: 'image/png' });
  });
});
