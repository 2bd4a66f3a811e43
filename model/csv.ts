/**
 * The CSV org-chart format both ways: reading (importCsv) and writing (exportCsv). The widget
 * loads both through this one module, so that they and Papa Parse arrive as one chunk on demand;
 * two chunks sharing Papa Parse would split its module runtime out of the widget's one file.
 */

export { CSV_BYTE_ORDER_MARK, type CsvExport, EXPORT_CSV_COLUMNS, exportCsv } from './export-csv.js';
export { type ImportCsvOptions, importCsv, importCsvSteps } from './import-csv.js';
