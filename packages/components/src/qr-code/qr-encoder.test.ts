import { expect } from '@esm-bundle/chai';
import jsQR from 'jsqr';
import { create } from 'qrcode';
import { encodeQrMatrix, type EccLevel } from './qr-encoder.js';

const levels: EccLevel[] = ['L', 'M', 'Q', 'H'];

/** Texts whose byte lengths walk through every version, from 1 to 40. */
const texts = [
  'HY-42',
  'https://huying.example.gov.cn/track/261103728844?secret=12345678',
  '3号楼东单元门口路灯不亮，晚上看不清台阶',
  ...Array.from({ length: 30 }, (_, index) => 'x'.repeat(1 + index * 97)),
];

describe('QR encoder', () => {
  it('draws, module for module, what the reference encoder draws with the same mask, at every level', () => {
    let compared = 0;
    for (const text of texts) {
      for (const level of levels) {
        const mask = compared % 8;
        let ours: ReturnType<typeof encodeQrMatrix> | null = null;
        try {
          ours = encodeQrMatrix(text, level, mask);
        } catch (error) {
          expect(error).to.be.instanceOf(RangeError);
        }
        let reference: ReturnType<typeof create> | null = null;
        try {
          reference = create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: level, maskPattern: mask as never });
        } catch {
          // too long for any version: ours must have refused it too
        }
        expect(ours === null, `${text.length} bytes at ${level}`).to.equal(reference === null);
        if (!ours || !reference) continue;
        compared++;
        expect(ours.size).to.equal(reference.modules.size);
        const differing = Array.from({ length: ours.size * ours.size }, (_, index) => index).filter(
          (index) => ours!.get(Math.floor(index / ours!.size), index % ours!.size) !== Boolean(reference!.modules.get(Math.floor(index / ours!.size), index % ours!.size)),
        );
        expect(differing, `${text.length} bytes at ${level}`).to.deep.equal([]);
      }
    }
    expect(compared).to.be.greaterThan(90);
  });

  it('picks a mask that scanners read, for Chinese text too', () => {
    for (const text of texts.slice(0, 3)) {
      const matrix = encodeQrMatrix(text, 'M');
      const scale = 4;
      const side = (matrix.size + 8) * scale;
      const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
      for (let row = 0; row < matrix.size; row++) {
        for (let column = 0; column < matrix.size; column++) {
          if (!matrix.get(row, column)) continue;
          for (let y = 0; y < scale; y++) {
            for (let x = 0; x < scale; x++) {
              const offset = (((row + 4) * scale + y) * side + (column + 4) * scale + x) * 4;
              pixels.fill(0, offset, offset + 3);
            }
          }
        }
      }
      expect(jsQR(pixels, side, side)?.data).to.equal(text);
    }
  });
});
