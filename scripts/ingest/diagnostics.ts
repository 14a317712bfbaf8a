/** Problems found while ingesting, as coded values with a position (after vfile-message). */

export type Severity = 'error' | 'warning' | 'info';

export type DiagnosticCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'NO_SECTION'
  | 'NO_BODY_TEXT'
  | 'TEXT_BEFORE_FIRST_HEADING'
  | 'NOTE_NUMBER_GAP'
  | 'NOTE_DEFINED_TWICE'
  | 'NOTE_OUT_OF_ORDER'
  | 'NOTE_TRUNCATED'
  | 'CONTROL_CHARACTER'
  | 'VERTICAL_TAB'
  | 'NOTE_CONTINUATION_UNCLEAR'
  | 'MISSING_NOTE_TEXT'
  | 'REFERENCE_NOT_FOUND'
  | 'REFERENCE_OUT_OF_ORDER'
  | 'REFERENCE_AMBIGUOUS'
  | 'RUNNING_HEADER'
  | 'HYPHENATION_RESTORED'
  | 'UNRESOLVED_IBID'
  | 'UNRESOLVED_OP_CIT'
  | 'UNCERTAIN_IBID'
  | 'CITATION_NAME_INCOMPLETE'
  | 'CONTRACT_VIOLATION';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** 1-based line in the source file. */
  readonly line: number;
  /** 1-based column, when the problem has a precise place on its line. */
  readonly column?: number;
  readonly message: string;
}

/** Thrown by a stage that cannot go on; carries every diagnostic gathered so far. */
export class IngestError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'IngestError';
    this.diagnostics = diagnostics;
  }
}

/** An error diagnostic, ready to throw inside an IngestError. */
export function fatal(code: DiagnosticCode, line: number, message: string, column?: number): IngestError {
  return new IngestError([{ code, severity: 'error', line, message, ...(column === undefined ? {} : { column }) }]);
}

/** `file:line:column: severity CODE: message`, then the source line with a caret under the column. */
export function formatDiagnostic(d: Diagnostic, file: string, sourceLines: readonly string[]): string {
  const where = `${file}:${d.line}${d.column === undefined ? '' : `:${d.column}`}`;
  const head = `${where}: ${d.severity} ${d.code}: ${d.message}`;
  const text = sourceLines[d.line - 1];
  // A line of binary data would garble the terminal: the position is enough.
  if (text === undefined || text.trim() === '' || /[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(text)) return head;
  const shown = text.length > 120 ? `${text.slice(0, 117)}...` : text;
  const gutter = `${String(d.line).padStart(5)} | `;
  const caret =
    d.column === undefined || d.column > shown.length ? '' : `\n${' '.repeat(gutter.length + d.column - 1)}^`;
  return `${head}\n${gutter}${shown}${caret}`;
}
