/**
 * Photos are shrunk and re-encoded in the browser before upload: a phone's 12-megapixel picture
 * becomes a JPEG of at most `maxEdge` pixels a side and a few hundred kilobytes, which uploads
 * over a weak mobile connection. Drawing it on a canvas and encoding it anew also leaves
 * behind the EXIF block (camera, time, GPS position); the orientation is applied first, so
 * the photo still stands the right way.
 */

export type PhotoProblem = 'not-an-image' | 'too-large' | 'unreadable';

export class PhotoError extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(`photo refused: ${problem}`);
  }
}

export interface PreparedPhoto {
  blob: Blob;
  name: string;
  width: number;
  height: number;
}

export interface PhotoLimits {
  /** The longest side after resizing, in pixels. */
  maxEdge: number;
  /** The largest original accepted, in bytes. */
  maxOriginalBytes: number;
  /** The largest result accepted, in bytes. */
  maxBytes: number;
}

export const defaultPhotoLimits: PhotoLimits = { maxEdge: 1920, maxOriginalBytes: 40 * 1024 * 1024, maxBytes: 9 * 1024 * 1024 };

const imageName = /\.(jpe?g|png|webp|gif|bmp|heic|heif|avif)$/i;

function encode(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PhotoError('unreadable'))), 'image/jpeg', quality));
}

export async function preparePhoto(file: File, limits: PhotoLimits = defaultPhotoLimits): Promise<PreparedPhoto> {
  if (!file.type.startsWith('image/') && !imageName.test(file.name)) throw new PhotoError('not-an-image');
  if (file.size > limits.maxOriginalBytes) throw new PhotoError('too-large');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    // A format this browser cannot decode (HEIC outside Safari), or not an image at all.
    throw new PhotoError('unreadable');
  }
  const scale = Math.min(1, limits.maxEdge / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new PhotoError('unreadable');
  // JPEG has no transparency: a transparent screenshot would otherwise turn black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  let blob = await encode(canvas, 0.82);
  if (blob.size > limits.maxBytes) blob = await encode(canvas, 0.6);
  if (blob.size > limits.maxBytes) throw new PhotoError('too-large');
  const base = file.name.replace(/\.[^.]+$/, '').slice(0, 80) || 'photo';
  return { blob, name: `${base}.jpg`, width, height };
}
