// CodeMirror 6 set-up for SQL cells: DuckDB-flavoured highlighting, completion of cell
// (table) names and their columns, and the notebook's run keys bound inside the editor.
import { autocompletion, closeBrackets, closeBracketsKeymap, closeCompletion, completionKeymap, currentCompletions } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { sqlHighlight } from './sql-highlight';
import { PostgreSQL, SQLDialect, sql, type SQLNamespace } from '@codemirror/lang-sql';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, keymap, placeholder } from '@codemirror/view';

// DuckDB accepts PostgreSQL's syntax plus these words; highlighting them avoids a patchy look.
const DUCKDB_EXTRA_KEYWORDS =
  'qualify pivot unpivot exclude replace asof positional struct list map union_by_name describe summarize ' +
  'macro sample using ilike glob similar semi anti install load attach detach pragma';

const duckdbDialect = SQLDialect.define({
  ...PostgreSQL.spec,
  keywords: `${PostgreSQL.spec.keywords ?? ''} ${DUCKDB_EXTRA_KEYWORDS}`,
  types: `${PostgreSQL.spec.types ?? ''} hugeint uhugeint utinyint usmallint uinteger ubigint tinyint`,
});

export interface SqlEditorHandlers {
  onChange(text: string): void;
  /** Shift+Enter */
  onRunNext(): void;
  /** Ctrl/Cmd+Enter */
  onRunInPlace(): void;
  /** Alt+Enter */
  onRunInsert(): void;
  onEscape(): void;
  onFocus(): void;
}

export interface SqlEditor {
  view: EditorView;
  setText(text: string): void;
  setSchema(schema: SQLNamespace): void;
  destroy(): void;
}

export function createSqlEditor(parent: HTMLElement, doc: string, hint: string, handlers: SqlEditorHandlers): SqlEditor {
  const language = new Compartment();
  const runKeys = Prec.highest(
    keymap.of([
      { key: 'Shift-Enter', run: (v) => (closeCompletion(v), handlers.onRunNext(), true) },
      { key: 'Mod-Enter', run: (v) => (closeCompletion(v), handlers.onRunInPlace(), true) },
      { key: 'Alt-Enter', run: (v) => (closeCompletion(v), handlers.onRunInsert(), true) },
    ]),
  );
  // Lowest precedence so an open completion list closes on Esc first.
  const escapeKey = Prec.lowest(keymap.of([{ key: 'Escape', run: () => (handlers.onEscape(), true) }]));
  let applyingExternal = false;

  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        runKeys,
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        syntaxHighlighting(sqlHighlight),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        autocompletion({ activateOnTyping: true, icons: false }),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, indentWithTab]),
        escapeKey,
        language.of(sql({ dialect: duckdbDialect, upperCaseKeywords: true })),
        placeholder(hint),
        EditorView.lineWrapping,
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !applyingExternal) handlers.onChange(update.state.doc.toString());
          if (update.focusChanged && update.view.hasFocus) handlers.onFocus();
          // Completion answers after a short delay: one arriving after the user clicked elsewhere would stay
          // open in an unfocused editor (and eat the first Esc when the cell is focused again).
          if (!update.view.hasFocus && currentCompletions(update.state).length > 0) queueMicrotask(() => closeCompletion(update.view));
        }),
        EditorView.contentAttributes.of({ 'aria-label': 'SQL', spellcheck: 'false' }),
      ],
    }),
  });

  return {
    view,
    setText(text) {
      if (view.state.doc.toString() === text) return;
      applyingExternal = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      applyingExternal = false;
    },
    setSchema(schema) {
      view.dispatch({ effects: language.reconfigure(sql({ dialect: duckdbDialect, upperCaseKeywords: true, schema })) });
    },
    destroy() {
      view.destroy();
    },
  };
}
