import type { CalendarYear } from './working-calendar.js';

/**
 * China's public holidays and make-up working days (调休), year by year, as the State Council
 * General Office (国务院办公厅) announces them each autumn for the next year. The dates below are
 * those notices, transcribed; a city enters a new year's notice through the API when it is
 * published (see docs/loop.md), and such an entry takes precedence over the built-in year.
 *
 * The statutory days themselves come from 《全国年节及纪念日放假办法》: 11 days until 2024, 13 from
 * 2025 (the 2024-11-10 amendment added New Year's Eve of the lunar calendar and 2 May). Every year
 * here keeps "working days = days − weekend days − statutory days", which the tests check.
 *
 * Holiday periods list every day off, weekends included, as the notices do ("1月28日至2月4日放假调休，
 * 共8天"); a make-up working day is a Saturday or Sunday worked in exchange.
 */
const notice = (year: number, reference: string | null = null, publishedOn: string | null = null) => ({
  issuer: '国务院办公厅',
  title: `国务院办公厅关于${year}年部分节假日安排的通知`,
  reference,
  publishedOn,
  url: null,
});

export const chineseStatutoryHolidays: readonly CalendarYear[] = [
  {
    year: 2021,
    holidays: [
      { name: '元旦', from: '2021-01-01', to: '2021-01-03' },
      { name: '春节', from: '2021-02-11', to: '2021-02-17' },
      { name: '清明节', from: '2021-04-03', to: '2021-04-05' },
      { name: '劳动节', from: '2021-05-01', to: '2021-05-05' },
      { name: '端午节', from: '2021-06-12', to: '2021-06-14' },
      { name: '中秋节', from: '2021-09-19', to: '2021-09-21' },
      { name: '国庆节', from: '2021-10-01', to: '2021-10-07' },
    ],
    workdays: [
      { date: '2021-02-07', name: '春节' },
      { date: '2021-02-20', name: '春节' },
      { date: '2021-04-25', name: '劳动节' },
      { date: '2021-05-08', name: '劳动节' },
      { date: '2021-09-18', name: '中秋节' },
      { date: '2021-09-26', name: '国庆节' },
      { date: '2021-10-09', name: '国庆节' },
    ],
    source: notice(2021),
  },
  {
    year: 2022,
    holidays: [
      { name: '元旦', from: '2022-01-01', to: '2022-01-03' },
      { name: '春节', from: '2022-01-31', to: '2022-02-06' },
      { name: '清明节', from: '2022-04-03', to: '2022-04-05' },
      { name: '劳动节', from: '2022-04-30', to: '2022-05-04' },
      { name: '端午节', from: '2022-06-03', to: '2022-06-05' },
      { name: '中秋节', from: '2022-09-10', to: '2022-09-12' },
      { name: '国庆节', from: '2022-10-01', to: '2022-10-07' },
    ],
    workdays: [
      { date: '2022-01-29', name: '春节' },
      { date: '2022-01-30', name: '春节' },
      { date: '2022-04-02', name: '清明节' },
      { date: '2022-04-24', name: '劳动节' },
      { date: '2022-05-07', name: '劳动节' },
      { date: '2022-10-08', name: '国庆节' },
      { date: '2022-10-09', name: '国庆节' },
    ],
    source: notice(2022),
  },
  {
    year: 2023,
    holidays: [
      // "2022年12月31日至2023年1月2日放假调休，共3天"
      { name: '元旦', from: '2022-12-31', to: '2023-01-02' },
      { name: '春节', from: '2023-01-21', to: '2023-01-27' },
      { name: '清明节', from: '2023-04-05', to: '2023-04-05' },
      { name: '劳动节', from: '2023-04-29', to: '2023-05-03' },
      { name: '端午节', from: '2023-06-22', to: '2023-06-24' },
      { name: '中秋节、国庆节', from: '2023-09-29', to: '2023-10-06' },
    ],
    workdays: [
      { date: '2023-01-28', name: '春节' },
      { date: '2023-01-29', name: '春节' },
      { date: '2023-04-23', name: '劳动节' },
      { date: '2023-05-06', name: '劳动节' },
      { date: '2023-06-25', name: '端午节' },
      { date: '2023-10-07', name: '中秋节、国庆节' },
      { date: '2023-10-08', name: '中秋节、国庆节' },
    ],
    source: notice(2023),
  },
  {
    year: 2024,
    holidays: [
      // "1月1日放假，与周末连休"
      { name: '元旦', from: '2023-12-30', to: '2024-01-01' },
      { name: '春节', from: '2024-02-10', to: '2024-02-17' },
      { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
      { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
      { name: '端午节', from: '2024-06-08', to: '2024-06-10' },
      { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
      { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
    ],
    workdays: [
      { date: '2024-02-04', name: '春节' },
      { date: '2024-02-18', name: '春节' },
      { date: '2024-04-07', name: '清明节' },
      { date: '2024-04-28', name: '劳动节' },
      { date: '2024-05-11', name: '劳动节' },
      { date: '2024-09-14', name: '中秋节' },
      { date: '2024-09-29', name: '国庆节' },
      { date: '2024-10-12', name: '国庆节' },
    ],
    source: notice(2024, '国办发明电〔2023〕7号', '2023-10-25'),
  },
  {
    year: 2025,
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
      { name: '春节', from: '2025-01-28', to: '2025-02-04' },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
    ],
    workdays: [
      { date: '2025-01-26', name: '春节' },
      { date: '2025-02-08', name: '春节' },
      { date: '2025-04-27', name: '劳动节' },
      { date: '2025-09-28', name: '国庆节、中秋节' },
      { date: '2025-10-11', name: '国庆节、中秋节' },
    ],
    source: notice(2025, '国办发明电〔2024〕12号', '2024-11-12'),
  },
  {
    year: 2026,
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-23' },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ],
    workdays: [
      { date: '2026-01-04', name: '元旦' },
      { date: '2026-02-14', name: '春节' },
      { date: '2026-02-28', name: '春节' },
      { date: '2026-05-09', name: '劳动节' },
      { date: '2026-09-20', name: '国庆节' },
      { date: '2026-10-10', name: '国庆节' },
    ],
    source: notice(2026),
  },
];

/** Statutory days off per year under 《全国年节及纪念日放假办法》, for checking the data above. */
export const statutoryDaysOff = (year: number): number => (year >= 2025 ? 13 : 11);
