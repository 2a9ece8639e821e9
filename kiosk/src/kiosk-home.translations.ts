import { defineTranslations } from '@huying/components/internal/locale';

export const kioskHomeTranslations = defineTranslations({
  'zh-CN': {
    documentTitle: (hall: string) => `有呼必应 自助终端 · ${hall}`,
    brand: '有呼必应',
    displaySettings: '显示设置',
    language: '语言',
    largeText: '大字',
    trackHeading: '扫码查询诉求办理进度',
    trackSteps: '用手机扫描二维码，输入诉求编号，即可查看办理进度和处理结果。',
    trackCodeLabel: '诉求办理进度查询页二维码',
    trackAddress: '也可以在手机浏览器中输入：',
  },
  en: {
    documentTitle: (hall: string) => `Huying kiosk · ${hall}`,
    brand: 'Huying · every call answered',
    displaySettings: 'Display settings',
    language: 'Language',
    largeText: 'Large text',
    trackHeading: 'Scan to follow your request',
    trackSteps: 'Scan the code with your phone and enter your case number to see its progress and result.',
    trackCodeLabel: 'QR code for the case tracking page',
    trackAddress: 'Or type this address into your phone’s browser:',
  },
});
