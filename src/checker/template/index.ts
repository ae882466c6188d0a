export { allowedValues, fieldKind, fieldValidation, numberFormat, type Validation } from "./field-format.ts";
export { addInstructions, instructionsSheetName } from "./instructions-sheet.ts";
export { SPARE_ROWS, templatePath, templateWorkbook } from "./template-workbook.ts";
