import { defineTranslations } from '../internal/locale.js';

// Long values are cut in the default accessible name: a screen reader reading out a whole
// tracking URL helps nobody, and `label` exists for a proper name.
const shortened = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

export const qrCodeTranslations = defineTranslations({
  'zh-CN': {
    defaultLabel: (value: string) => `二维码：${shortened(value)}`,
    buildingLabel: '楼栋报事二维码',
    actions: '二维码操作',
    downloadSvg: '下载 SVG',
    downloadPng: '下载 PNG',
    print: '打印',
    empty: '没有可生成二维码的内容。',
    tooLong: (characters: number) =>
      `内容过长（${characters} 个字符），一个二维码放不下。请缩短内容，或降低纠错等级。`,
    failed: '二维码生成失败。',
  },
  en: {
    defaultLabel: (value: string) => `QR code: ${shortened(value)}`,
    buildingLabel: 'QR code to report a problem at this building',
    actions: 'QR code actions',
    downloadSvg: 'Download SVG',
    downloadPng: 'Download PNG',
    print: 'Print',
    empty: 'There is no content to turn into a QR code.',
    tooLong: (characters: number) =>
      `The content is too long for one QR code (${characters} characters). Shorten it or lower the error correction level.`,
    failed: 'The QR code could not be generated.',
  },
});
