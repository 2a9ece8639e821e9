/**
 * A stored table as a file: CSV (one sheet, a level column; UTF-8 with a byte-order mark so
 * spreadsheet programs read the Chinese names) or XLSX (one sheet per level, frozen headings, an
 * auto-filter, and number formats: shares as percentages, scores with two decimals).
 */
import {
  countFigures,
  figureLabels,
  levelLabels,
  rateLabels,
  scoredRates,
  scoreLabels,
  type UnitKind,
} from '@huying/core';
import ExcelJS from 'exceljs';
import type { AssessmentSnapshotRow } from '../../db/schema/index.js';
import type { SnapshotRow } from './snapshots.js';

export type ExportLanguage = 'zh-CN' | 'en';

type Format = 'text' | 'integer' | 'share' | 'score' | 'coefficient' | 'hours';

interface Column {
  label: Record<ExportLanguage, string>;
  format: Format;
  value: (row: AssessmentSnapshotRow, language: ExportLanguage) => string | number | null;
  width: number;
}

/** The columns, in order: who, the score, the rates, then every count. */
export const exportColumns: Column[] = [
  { label: scoreLabels.level, format: 'text', width: 12, value: (row, language) => levelLabels[row.unit.kind][language] },
  { label: scoreLabels.unit, format: 'text', width: 28, value: (row, language) => (language === 'en' ? (row.unit.nameEn ?? row.unit.name) : row.unit.name) },
  { label: scoreLabels.rank, format: 'integer', width: 8, value: (row) => row.score.rank },
  { label: scoreLabels.final, format: 'score', width: 12, value: (row) => row.score.final },
  { label: scoreLabels.overall, format: 'score', width: 12, value: (row) => row.score.overall },
  { label: scoreLabels.coefficient, format: 'coefficient', width: 12, value: (row) => row.score.coefficient },
  { label: scoreLabels.satisfaction, format: 'share', width: 14, value: (row) => row.score.satisfaction },
  ...scoredRates.map((key): Column => ({ label: rateLabels[key], format: 'share', width: 14, value: (row) => row.score.rates[key] })),
  ...countFigures.map((key): Column => ({ label: figureLabels[key], format: 'integer', width: 12, value: (row) => row.figures[key] })),
  { label: figureLabels.handlingHoursAverage, format: 'hours', width: 14, value: (row) => row.figures.handlingHoursAverage },
  { label: figureLabels.handlingHoursP90, format: 'hours', width: 14, value: (row) => row.figures.handlingHoursP90 },
];

const excelFormats: Record<Format, string | undefined> = {
  text: undefined,
  integer: '0',
  share: '0.0%',
  score: '0.00',
  coefficient: '0.00',
  hours: '0.0',
};

/** A CSV cell: quoted when it holds a comma, quote or line break; a formula-looking text is defused. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableAsCsv(snapshot: SnapshotRow, language: ExportLanguage): string {
  const lines = [exportColumns.map((column) => csvCell(column.label[language])).join(',')];
  for (const row of snapshot.rows) lines.push(exportColumns.map((column) => csvCell(column.value(row, language))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const levelOrder: UnitKind[] = ['street', 'community', 'grid', 'department', 'property', 'city'];

export async function tableAsXlsx(snapshot: SnapshotRow, language: ExportLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Huying';
  workbook.created = snapshot.createdAt;
  workbook.title = `${snapshot.month} ${language === 'en' ? 'assessment' : '考核'} r${snapshot.revision}`;
  for (const level of levelOrder) {
    const rows = snapshot.rows.filter((row) => row.unit.kind === level);
    if (rows.length === 0) continue;
    const sheet = workbook.addWorksheet(levelLabels[level][language], { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
    sheet.columns = exportColumns.map((column, index) => ({
      key: `c${index}`,
      header: column.label[language],
      width: column.width,
      ...(excelFormats[column.format] ? { style: { numFmt: excelFormats[column.format]! } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
    for (const row of rows) sheet.addRow(exportColumns.map((column) => column.value(row, language)));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: exportColumns.length } };
  }
  const info = workbook.addWorksheet(language === 'en' ? 'About' : '说明');
  info.columns = [{ width: 28 }, { width: 60 }];
  const about: [string, string | number][] = [
    [language === 'en' ? 'Month' : '考核月份', snapshot.month],
    [language === 'en' ? 'Revision' : '版本', snapshot.revision],
    [language === 'en' ? 'Figures as of' : '数据截至', snapshot.asOf.toISOString()],
    [language === 'en' ? 'Scoring configuration version' : '评分配置版本', snapshot.configVersion],
    [language === 'en' ? 'Final score' : '最终得分', language === 'en' ? 'overall score × satisfaction coefficient' : '综合得分 × 满意度系数'],
  ];
  for (const line of about) info.addRow(line);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
