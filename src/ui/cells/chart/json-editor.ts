// CodeMirror 6 set-up for a chart's Vega-Lite JSON: highlighting, bracket help, JSON syntax
// errors underlined where they are, and the notebook's run key (Ctrl/Cmd+Enter applies).
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { bracketMatching, defaultHighlightStyle, foldGutter, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { linter, lintGutter } from '@codemirror/lint';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';

export interface JsonEditorHandlers {
  onChange(text: string): void;
  onApply(): void;
  onEscape(): void;
}

export interface JsonEditor {
  setText(text: string): void;
  destroy(): void;
}

export function createJsonEditor(parent: HTMLElement, doc: string, handlers: JsonEditorHandlers): JsonEditor {
  let applyingExternal = false;
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (handlers.onApply(), true) }])),
        lineNumbers(),
        foldGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        Prec.lowest(keymap.of([{ key: 'Escape', run: () => (handlers.onEscape(), true) }])),
        json(),
        linter(jsonParseLinter(), { delay: 300 }),
        lintGutter(),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !applyingExternal) handlers.onChange(update.state.doc.toString());
        }),
        EditorView.contentAttributes.of({ 'aria-label': 'Vega-Lite JSON', spellcheck: 'false' }),
      ],
    }),
  });
  return {
    setText(text) {
      if (view.state.doc.toString() === text) return;
      applyingExternal = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      applyingExternal = false;
    },
    destroy: () => view.destroy(),
  };
}
