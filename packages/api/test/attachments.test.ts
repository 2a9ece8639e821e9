import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import type { AppDependencies } from '../src/context.js';
import type { DatabaseHandle } from '../src/db/client.js';
import { FakeClock } from '../src/clock.js';
import { cleanFile, FileFormatError } from '../src/services/attachments/file-format.js';
import { startTestCity, type TestCity } from '../src/testing/index.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const marker = 'HUYINGCAM-31.2304N';
const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text));
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(Buffer.concat(parts.map((part) => Buffer.from(part))));

/** An APP1 Exif segment with an orientation, the camera make and a GPS position, as phones write them. */
function exifSegment(orientation: number): Uint8Array {
  const make = Buffer.from(`${marker}\0`);
  // Big-endian TIFF: header (8), IFD0 with 3 entries at 8 (2 + 36 + 4 = 42), make at 50, GPS IFD after it.
  const makeOffset = 8 + 2 + 3 * 12 + 4;
  const gpsOffset = makeOffset + make.length;
  const tiff = Buffer.alloc(gpsOffset + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(3, 8);
  const entry = (index: number, tag: number, type: number, countValue: number, value: number) => {
    const at = 10 + index * 12;
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(countValue, at + 4);
    if (type === 3) tiff.writeUInt16BE(value, at + 8);
    else tiff.writeUInt32BE(value, at + 8);
  };
  entry(0, 0x010f, 2, make.length, makeOffset); // Make
  entry(1, 0x0112, 3, 1, orientation); // Orientation
  entry(2, 0x8825, 4, 1, gpsOffset); // GPS IFD
  make.copy(tiff, makeOffset);
  tiff.writeUInt16BE(1, gpsOffset);
  tiff.writeUInt16BE(0x0001, gpsOffset + 2); // GPSLatitudeRef
  tiff.writeUInt16BE(2, gpsOffset + 4);
  tiff.writeUInt32BE(2, gpsOffset + 6);
  tiff.write('N\0', gpsOffset + 10, 'latin1');
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  return concat([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff], payload);
}

const segment = (marker: number, text: string) => {
  const payload = Buffer.from(text, 'latin1');
  return concat([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff], payload);
};

/** The fixture JPEG as a phone would send it: EXIF with GPS, XMP, a comment, and a second picture after the end. */
function phoneJpeg(orientation = 6): Uint8Array {
  const jpeg = fixture('photo-16x12.jpg');
  const afterJfif = 2 + 2 + ((jpeg[4]! << 8) | jpeg[5]!);
  return concat(
    jpeg.subarray(0, afterJfif),
    exifSegment(orientation),
    segment(0xe1, `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>${marker}</x:xmpmeta>`),
    segment(0xe2, `MPF\0${marker}`),
    segment(0xfe, `comment ${marker}`),
    jpeg.subarray(afterJfif),
    // A "multi-picture" file carries a second JPEG, with its own EXIF, after the first one ends.
    concat([0xff, 0xd8], exifSegment(1), [0xff, 0xd9]),
  );
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function phonePng(): { bytes: Uint8Array; pixels: Buffer } {
  const png = new PNG({ width: 4, height: 3 });
  for (let index = 0; index < png.data.length; index++) png.data[index] = (index * 37) % 256;
  const encoded = PNG.sync.write(png);
  // IHDR is 8 + 25 bytes in; the text and EXIF chunks go right after it.
  const at = 8 + 25;
  const bytes = Buffer.concat([
    encoded.subarray(0, at),
    pngChunk('tEXt', Buffer.from(`Comment\0${marker}`, 'latin1')),
    pngChunk('eXIf', Buffer.from(`MM\0*${marker}`, 'latin1')),
    pngChunk('tIME', Buffer.from([7, 234, 3, 2, 9, 0, 0])),
    encoded.subarray(at),
  ]);
  return { bytes: new Uint8Array(bytes), pixels: PNG.sync.read(encoded).data };
}

function phoneWebp(): Uint8Array {
  const webp = Buffer.from(fixture('photo-16x12.webp'));
  const exif = Buffer.from(`MM\0*${marker}`, 'latin1');
  const chunk = Buffer.concat([Buffer.from('EXIF', 'latin1'), Buffer.alloc(4), exif, exif.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  chunk.writeUInt32LE(exif.length, 4);
  const bytes = Buffer.concat([webp, chunk]);
  bytes.writeUInt32LE(bytes.length - 8, 4);
  bytes[20] = bytes[20]! | 0x08; // VP8X: "has EXIF"
  return new Uint8Array(bytes);
}

const pdf = () => new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'));

describe('cleaning files', () => {
  const images = ['image/jpeg', 'image/png', 'image/webp'] as const;

  it('strips EXIF (GPS, camera), XMP, comments and trailing pictures from a JPEG, keeping its orientation', () => {
    const original = phoneJpeg(6);
    expect(contains(original, marker)).toBe(true);
    const clean = cleanFile(original, images);
    expect(clean).toMatchObject({ format: 'image/jpeg', width: 16, height: 12 });
    expect(contains(clean.bytes, marker)).toBe(false);
    expect(contains(clean.bytes, 'ns.adobe.com')).toBe(false);
    // Exactly one APP1 remains: a bare Exif segment holding orientation 6.
    const exifAt = Buffer.from(clean.bytes).indexOf(Buffer.from('Exif\0\0', 'latin1'));
    expect(exifAt).toBeGreaterThan(0);
    expect(Buffer.from(clean.bytes).indexOf(Buffer.from('Exif\0\0', 'latin1'), exifAt + 1)).toBe(-1);
    expect(clean.bytes[exifAt + 6 + 8 + 2 + 8 + 1]).toBe(6);
    // The image data is untouched and the file ends where the first picture ends.
    const jpeg = fixture('photo-16x12.jpg');
    expect(Buffer.from(clean.bytes).subarray(-200).equals(Buffer.from(jpeg).subarray(-200))).toBe(true);
    expect([...clean.bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
  });

  it('drops the EXIF segment entirely when the photo stands upright', () => {
    const clean = cleanFile(phoneJpeg(1), images);
    expect(Buffer.from(clean.bytes).includes(Buffer.from('Exif', 'latin1'))).toBe(false);
    // JFIF and the ICC profile stay: without the profile colours shift.
    expect(Buffer.from(clean.bytes).includes(Buffer.from('ICC_PROFILE', 'latin1'))).toBe(true);
  });

  it('removes text, time and EXIF chunks from a PNG and leaves the pixels as they were', () => {
    const { bytes, pixels } = phonePng();
    const clean = cleanFile(bytes, images);
    expect(clean).toMatchObject({ format: 'image/png', width: 4, height: 3 });
    for (const type of ['tEXt', 'eXIf', 'tIME', marker]) expect(contains(clean.bytes, type)).toBe(false);
    expect(PNG.sync.read(Buffer.from(clean.bytes)).data.equals(pixels)).toBe(true);
  });

  it('removes the EXIF chunk of a WebP, clears its flag and fixes the RIFF size', () => {
    const clean = cleanFile(phoneWebp(), images);
    expect(clean).toMatchObject({ format: 'image/webp', width: 16, height: 12 });
    expect(contains(clean.bytes, marker)).toBe(false);
    const view = Buffer.from(clean.bytes);
    expect(view.readUInt32LE(4)).toBe(view.length - 8);
    expect(view[20]! & 0x08).toBe(0);
    expect(view.equals(Buffer.from(fixture('photo-16x12.webp')))).toBe(true);
  });

  it('decides the type from the bytes and refuses what is not an accepted image', () => {
    const refusal = (bytes: Uint8Array, accepted: readonly ('image/jpeg' | 'application/pdf')[] = ['image/jpeg']) => {
      try {
        cleanFile(bytes, accepted);
        return null;
      } catch (error) {
        expect(error).toBeInstanceOf(FileFormatError);
        return (error as FileFormatError).kind;
      }
    };
    expect(refusal(new Uint8Array(Buffer.from('<html><script>alert(1)</script></html>')))).toBe('unsupported');
    expect(refusal(new Uint8Array(Buffer.from('GIF89a......')))).toBe('unsupported');
    expect(refusal(pdf())).toBe('unsupported');
    expect(refusal(pdf(), ['application/pdf'])).toBe(null);
    expect(refusal(phoneJpeg().subarray(0, 300))).toBe('damaged');
    expect(refusal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xff]))).toBe('damaged');
    expect(refusal(new Uint8Array(Buffer.from('%PDF-1.4 no end')), ['application/pdf'])).toBe('damaged');
  });
});

let database: DatabaseHandle;
let city: TestCity;
let app: App;
let deps: AppDependencies;
const clock = new FakeClock('2026-03-02T09:00:00+08:00');

beforeAll(async () => {
  const started = await startTestCity({ clock });
  ({ database, city } = started);
  deps = { ...started.deps, attachmentMaxBytes: 48 * 1024 };
  app = createApp(deps);
});
afterAll(() => database.close());

function upload(bytes: Uint8Array, options: { name?: string; type?: string; headers?: Record<string, string>; caseId?: string } = {}) {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], options.name ?? 'IMG_0001.JPG', { type: options.type ?? 'image/jpeg' }));
  if (options.caseId) form.append('caseId', options.caseId);
  return app.request('/api/v1/attachments', { method: 'POST', body: form, headers: { 'huying-city': city.cityId, ...options.headers } });
}

async function fileCase(attachmentIds: string[]) {
  const response = await app.request('/api/v1/cases', {
    method: 'POST',
    headers: city.cityHeaders,
    body: JSON.stringify({
      kind: 'complaint',
      buildingId: city.building('liangjingyuan-3'),
      description: '楼道灯坏了，晚上很黑，照片里是坏掉的灯。',
      contact: { phone: '13812345678' },
      attachmentIds,
    }),
  });
  return { response, body: await response.json() };
}

describe('uploading attachments', () => {
  it('stores a resident’s photo cleaned, named for what it is, and lets their case claim it', async () => {
    const response = await upload(phoneJpeg(), { name: '../../etc/现场照片.exe', type: 'image/gif' });
    expect(response.status).toBe(201);
    const uploaded = await response.json();
    expect(uploaded).toMatchObject({ name: '现场照片.jpg', contentType: 'image/jpeg', width: 16, height: 12, url: null });

    const { response: filed, body } = await fileCase([uploaded.id]);
    expect(filed.status).toBe(201);
    expect(body.case.attachments).toHaveLength(1);
    const [attachment] = body.case.attachments;
    expect(attachment).toMatchObject({ id: uploaded.id, name: '现场照片.jpg', contentType: 'image/jpeg', size: uploaded.size });
    expect(attachment.url).toMatch(/^http:\/\/huying\.test\/api\/v1\/attachments\/[0-9a-f-]{36}\/content\?expires=\d+&signature=/);

    const download = await app.request(attachment.url.replace('http://huying.test', ''));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/jpeg');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''%E7%8E%B0");
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect(bytes.length).toBe(uploaded.size);
    expect(contains(bytes, marker)).toBe(false);

    // Tracking with the secret shows the same signed link.
    const tracked = await (await app.request(`/api/v1/track/${body.trackingCode}?secret=${body.secret}`)).json();
    expect(tracked.case.attachments[0].url).toBe(attachment.url);
  });

  it('refuses what is not an image, empty files, oversized files and non-multipart bodies, storing nothing', async () => {
    const html = await upload(new Uint8Array(Buffer.from('<html><body>hello</body></html>')), { name: 'photo.jpg' });
    expect(html.status).toBe(415);
    expect(await html.json()).toMatchObject({ code: 'attachment-type-not-allowed' });

    const empty = await upload(new Uint8Array(0));
    expect(empty.status).toBe(400);

    const large = await upload(concat(phoneJpeg(), new Uint8Array(60 * 1024)));
    expect(large.status).toBe(413);

    const broken = await upload(phoneJpeg().subarray(0, 400));
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ code: 'validation-failed', errors: [{ field: 'file' }] });

    const json = await app.request('/api/v1/attachments', { method: 'POST', headers: city.cityHeaders, body: JSON.stringify({ file: 'x' }) });
    expect(json.status).toBe(415);

    const noFile = new FormData();
    noFile.append('photo', 'not a file');
    const missing = await app.request('/api/v1/attachments', { method: 'POST', body: noFile, headers: { 'huying-city': city.cityId } });
    expect(missing.status).toBe(400);

    const pdfByResident = await upload(pdf(), { name: 'x.pdf', type: 'application/pdf' });
    expect(pdfByResident.status).toBe(415);
  });

  it('lets each upload be claimed once, by a case of its own city', async () => {
    const uploaded = await (await upload(phoneJpeg())).json();
    expect((await fileCase([uploaded.id])).response.status).toBe(201);
    const again = await fileCase([uploaded.id]);
    expect(again.response.status).toBe(400);
    expect(again.body.errors[0].field).toBe('attachmentIds');

    const unknown = await fileCase([crypto.randomUUID()]);
    expect(unknown.response.status).toBe(400);
    const tooMany = await fileCase(Array.from({ length: 10 }, () => crypto.randomUUID()));
    expect(tooMany.response.status).toBe(400);
  });

  it('forgets uploads nobody claimed within a day', async () => {
    const uploaded = await (await upload(phoneJpeg())).json();
    clock.advance(25 * 60 * 60 * 1000);
    try {
      const late = await fileCase([uploaded.id]);
      expect(late.response.status).toBe(400);
      // The next upload clears the expired ones away.
      expect((await upload(phonePng().bytes, { name: 'a.png', type: 'image/png' })).status).toBe(201);
      const rows = await app.request(`/api/v1/attachments/${uploaded.id}/content`, { headers: city.staffHeaders('city') });
      expect(rows.status).toBe(404);
    } finally {
      clock.advance(-25 * 60 * 60 * 1000);
    }
  });
});

describe('who may read an attachment', () => {
  let url: string;
  let id: string;
  let trackingCode: string;
  let secret: string;

  beforeAll(async () => {
    const uploaded = await (await upload(phoneJpeg())).json();
    const { body } = await fileCase([uploaded.id]);
    ({ trackingCode, secret } = body);
    id = uploaded.id;
    url = body.case.attachments[0].url.replace('http://huying.test', '');
  });

  const content = (query: string, headers: Record<string, string> = {}) => app.request(`/api/v1/attachments/${id}/content${query}`, { headers });

  it('the resident with the secret or phone digits, and the signed link until it expires', async () => {
    expect((await content(`?secret=${secret}`)).status).toBe(200);
    expect((await content('?phoneLast4=5678')).status).toBe(200);
    expect((await app.request(url)).status).toBe(200);
    clock.advance(3 * 60 * 60 * 1000);
    try {
      const expired = await app.request(url);
      expect(expired.status).toBe(403);
      expect((await expired.json()).detail).toMatch(/expired/);
    } finally {
      clock.advance(-3 * 60 * 60 * 1000);
    }
    expect(trackingCode).toMatch(/^\d{12}$/);
  });

  it('not with a wrong secret, a forged signature, or nothing at all', async () => {
    expect((await content('?secret=00000000')).status).toBe(403);
    const forged = url.replace(/signature=[^&]+/, `signature=${'A'.repeat(43)}`);
    expect((await app.request(forged)).status).toBe(403);
    const otherId = url.replace(id, crypto.randomUUID());
    expect((await app.request(otherId)).status).toBe(404);
    expect((await content('')).status).toBe(401);
  });

  it('staff who can see the case, and no one else', async () => {
    expect((await content('', city.staffHeaders('grid-b1-1'))).status).toBe(200);
    expect((await content('', city.staffHeaders('city'))).status).toBe(200);
    expect((await content('', city.staffHeaders('grid-a1-1'))).status).toBe(404);
    expect((await content('', { authorization: 'Bearer hy_staff_not-a-real-token-at-all' })).status).toBe(401);
  });

  it('staff attach documents to a case they can see, with a link at once', async () => {
    const [summary] = (await (await app.request('/api/v1/staff/cases?scope=held&status=submitted', { headers: city.staffHeaders('grid-b1-1') })).json()).data;
    const attached = await upload(pdf(), { name: '整改通知.pdf', type: 'application/pdf', caseId: summary.id, headers: { authorization: city.staffHeaders('grid-b1-1').authorization! } });
    expect(attached.status).toBe(201);
    const body = await attached.json();
    expect(body).toMatchObject({ name: '整改通知.pdf', contentType: 'application/pdf' });
    expect(body.url).toContain('/content?expires=');
    const download = await app.request(body.url.replace('http://huying.test', ''));
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);

    const elsewhere = await upload(pdf(), { name: 'x.pdf', type: 'application/pdf', caseId: summary.id, headers: { authorization: city.staffHeaders('grid-a1-1').authorization! } });
    expect(elsewhere.status).toBe(404);
    const residentBinding = await upload(phoneJpeg(), { caseId: summary.id });
    expect(residentBinding.status).toBe(403);
  });
});
